// NaN, undefined, non-numeric strings and objects as delays count as 0 (browser) or 1 ms (Node).
if (typeof process !== 'undefined') {
  // Node prints warnings with the process id; print the warning's name instead.
  process.removeAllListeners('warning');
  process.on('warning', (w) => console.log('warning:', w.name));
}
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log("'abc'"), 'abc');
setTimeout(() => console.log('{}'), {});
setTimeout(() => console.log('null'), null);
