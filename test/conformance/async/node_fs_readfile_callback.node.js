// fs.readFile with a callback: the callback runs after sync code, nextTicks and microtasks.
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), 'es-readfile-' + process.pid + '.txt');
fs.writeFileSync(file, 'line 1\nline 2\n');
fs.readFile(file, 'utf8', (err, text) => {
  console.log('readFile callback: err', err, 'lines', text.split('\n').length - 1);
  fs.unlinkSync(file);
  console.log('removed:', !fs.existsSync(file));
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
