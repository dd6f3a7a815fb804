// Inside an I/O callback immediates run before 0 ms timers, whatever the order of the calls.
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout A'), 0);
  setImmediate(() => console.log('immediate B'));
  setTimeout(() => console.log('timeout C'), 0);
  setImmediate(() => console.log('immediate D'));
  console.log('readFile callback');
});
