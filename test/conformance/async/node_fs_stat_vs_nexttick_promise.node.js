// An fs callback, then inside it: nextTick, promise, immediate and timer.
const fs = require('fs');
fs.stat(__filename, (err, st) => {
  console.log('stat callback, isFile', st.isFile());
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
});
