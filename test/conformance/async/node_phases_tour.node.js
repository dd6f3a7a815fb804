// From inside an I/O callback (poll phase) the order is fixed: nextTick, promise, then the check
// phase (immediates), then the next iteration's timers phase.
const fs = require('fs');
fs.stat(__filename, () => {
  console.log('poll: fs.stat callback');
  setTimeout(() => {
    console.log('timers: setTimeout 0');
    setImmediate(() => console.log('check again: immediate from the timer'));
  }, 0);
  setImmediate(() => console.log('check: setImmediate'));
  process.nextTick(() => console.log('nextTick after the poll callback'));
  Promise.resolve().then(() => console.log('promise after the nextTick'));
});
