// util.promisify turns an error-first callback API into a promise API.
const util = require('util');
function legacy(x, cb) {
  setTimeout(() => (x < 0 ? cb(new RangeError('negative')) : cb(null, x * 2)), 5);
}
const modern = util.promisify(legacy);
console.log(typeof modern, modern.length);
(async () => {
  console.log('resolved', await modern(21));
  try {
    await modern(-1);
  } catch (e) {
    console.log('rejected', e.name, e.message);
  }
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(10, 'value from promisified setTimeout'));
  const immediate = util.promisify(setImmediate);
  console.log(await immediate('value from promisified setImmediate'));
  const stat = util.promisify(require('fs').stat);
  console.log('promisified fs.stat isFile:', (await stat(__filename)).isFile());
})();
