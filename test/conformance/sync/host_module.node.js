// Node's CommonJS wrapper: exports, require, module, __filename, __dirname.
const path = require('path');
console.log(typeof exports, exports === module.exports, this === exports);
console.log(path.basename(__filename), path.basename(__dirname), typeof require.resolve);
module.exports.answer = 42;
console.log(this.answer, require.main === module, module.id);
const util = require('util');
console.log(util.format('%s has %d items', 'list', 3), util.inspect({ a: [1, { b: 2 }] }, { depth: 0 }));
console.log(typeof process.version, process.argv.length, typeof process.nextTick);
console.log(Buffer.from('hi').toString('hex'), global === globalThis);
