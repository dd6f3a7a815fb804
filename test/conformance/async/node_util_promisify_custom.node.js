// util.promisify.custom and callbackify.
const util = require('util');
function fn(cb) {
  cb(null, 'original');
}
fn[util.promisify.custom] = () => Promise.resolve('custom');
util.promisify(fn)().then((v) => console.log('promisify uses', v));
console.log(util.promisify(fn) === fn[util.promisify.custom]);
async function asyncFn(x) {
  if (x) throw new Error('async failure');
  return 'async ok';
}
const cbStyle = util.callbackify(asyncFn);
cbStyle(false, (err, v) => console.log('callbackify', err, v));
cbStyle(true, (err) => console.log('callbackify error', err.message));
console.log('sync end');
