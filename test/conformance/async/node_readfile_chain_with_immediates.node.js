// Chained reads: each callback schedules an immediate that starts the next read.
const fs = require('fs');
let round = 0;
function read() {
  fs.readFile(__filename, 'utf8', (err, text) => {
    round++;
    console.log('read', round, err === null, text.startsWith('// Chained'));
    setImmediate(() => {
      console.log('immediate after read', round);
      if (round < 3) read();
      else setTimeout(() => console.log('timer at the end'), 0);
    });
    process.nextTick(() => console.log('tick after read', round));
  });
}
read();
