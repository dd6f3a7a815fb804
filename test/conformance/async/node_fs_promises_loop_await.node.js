// Awaiting fs.promises calls one by one in a loop, with a nextTick and a promise queued before
// each await: they run before the I/O completes.
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
(async () => {
  const file = path.join(os.tmpdir(), 'es-loop-await-' + process.pid + '.txt');
  for (let i = 1; i <= 3; i++) {
    process.nextTick(() => console.log('tick before write', i));
    Promise.resolve().then(() => console.log('promise before write', i));
    await fsp.writeFile(file, 'round ' + i);
    console.log('read back:', await fsp.readFile(file, 'utf8'));
  }
  await fsp.unlink(file);
  console.log('done');
})();
console.log('sync end');
