// Recursive nextTick runs before anything else: an immediate and a timer wait until the recursion stops.
// (Started inside an I/O callback, where the immediate comes before the timer.)
require('fs').stat(__filename, () => {
  let n = 0;
  function again() {
    n++;
    if (n < 1000) process.nextTick(again);
  }
  setImmediate(() => console.log('immediate after', n, 'nextTicks'));
  setTimeout(() => console.log('timeout after', n, 'nextTicks'), 0);
  process.nextTick(again);
});
