// timers/promises resolve in timer order; the awaiting code runs as a microtask after each.
// (Started inside an I/O callback, where immediates come before 0 ms timers.)
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
require('fs').stat(__filename, () => {
  sleep(0).then(() => console.log('sleep 0'));
  immediate().then(() => console.log('immediate'));
  setTimeout(() => console.log('callback setTimeout 0'), 0);
  process.nextTick(() => console.log('nextTick'));
});
