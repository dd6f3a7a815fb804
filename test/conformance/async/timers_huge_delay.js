// Delays above 2^31-1 ms overflow: Node uses 1 ms (with a TimeoutOverflowWarning), browsers
// convert the delay to a 32-bit integer. 2^31-1 itself is a real (about 24.8-day) delay.
if (typeof process !== 'undefined') {
  // Node prints warnings with the process id; print the warning's name instead.
  process.removeAllListeners('warning');
  process.on('warning', (w) => console.log('warning:', w.name));
}
const maxOk = setTimeout(() => console.log('never: 2^31-1 ms'), 2 ** 31 - 1);
setTimeout(() => console.log('2^31 ms'), 2 ** 31);
setTimeout(() => console.log('2^32 + 5 ms'), 2 ** 32 + 5);
setTimeout(() => console.log('Infinity'), Infinity);
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => {
  clearTimeout(maxOk);
  console.log('cleared the 2^31-1 timer');
}, 60);
