// timers/promises: setImmediate resolves in the check phase, setTimeout(0) in the timers phase;
// inside an I/O callback the immediate comes first.
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
require('fs').stat(__filename, () => {
  sleep(0, 'timeout value').then((v) => console.log('resolved:', v));
  immediate('immediate value').then((v) => console.log('resolved:', v));
  console.log('in stat callback');
});
