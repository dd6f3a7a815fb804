// require of a module file written next to the program: the wrapper's arguments, the module
// cache (the body runs once) and module.exports vs exports.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, '.es-mod-cache-' + process.pid + '.js');
fs.writeFileSync(file, [
  "console.log('module body runs, this === exports:', this === exports);",
  "console.log('module typeof require:', typeof require, 'module.id is file:', module.id === __filename);",
  "exports.count = (exports.count || 0) + 1;",
  "setTimeout(() => console.log('timer from module'), 0);",
].join('\n'));
const a = require(file);
const b = require('./' + path.basename(file));
console.log('same object:', a === b, 'count:', a.count);
fs.unlinkSync(file);
console.log('cache still has it:', require(file) === a);
Promise.resolve().then(() => console.log('promise from main'));
