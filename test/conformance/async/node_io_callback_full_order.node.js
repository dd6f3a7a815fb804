// Inside an I/O callback: nextTick, then promises, then the immediate (check phase of this
// iteration), then the 0 ms timer (next iteration).
const fs = require('fs');
fs.stat(__filename, () => {
  console.log('stat callback');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  queueMicrotask(() => console.log('queueMicrotask'));
});
console.log('sync end');
