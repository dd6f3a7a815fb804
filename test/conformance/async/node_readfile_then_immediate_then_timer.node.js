// From an I/O callback: the immediate runs in this iteration's check phase; a timer created
// by that immediate fires in a later iteration; a nextTick from the immediate runs right after it.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('readFile callback');
  setImmediate(() => {
    console.log('immediate');
    setTimeout(() => console.log('timer from immediate'), 0);
    process.nextTick(() => console.log('nextTick from immediate'));
  });
  process.nextTick(() => console.log('nextTick from readFile'));
});
