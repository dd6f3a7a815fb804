// Seed: 000_860eda3423e62455.txt, 第二章模块机制 §1 Node的模块实现 / 模块编译 (the .js wrapper: exports, require, module, __filename, __dirname).
console.log(arguments.length);
console.log(typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
console.log(exports === module.exports, this === module.exports);
exports.hello = 'world';
console.log(module.exports);
var cached = require.cache;
console.log(typeof cached, require('path') === require('path'));
