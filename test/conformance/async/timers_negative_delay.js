// A negative delay counts as 0 (browser) or 1 ms (Node).
if (typeof process !== 'undefined') {
  // Node prints warnings with the process id; print the warning's name instead.
  process.removeAllListeners('warning');
  process.on('warning', (w) => console.log('warning:', w.name));
}
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('-100 ms'), -100);
setTimeout(() => console.log('-1 ms'), -1);
console.log('sync');
