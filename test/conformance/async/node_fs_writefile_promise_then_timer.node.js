// fs.promises.writeFile's continuation vs a timer created after it: the write takes at least a loop turn.
const fsp = require('fs').promises;
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), 'es-wf-' + process.pid + '.txt');
const order = [];
fsp.writeFile(file, 'x').then(() => {
  order.push('write done');
  return fsp.unlink(file);
}).then(() => {
  order.push('unlink done');
  console.log(order.join(', '));
});
Promise.resolve().then(() => order.push('plain promise'));
process.nextTick(() => order.push('nextTick'));
order.push('sync');
