// require of a .json file and of a module that replaces module.exports with a function.
const fs = require('fs');
const path = require('path');
const tag = '.es-req-' + process.pid;
const jsonFile = path.join(__dirname, tag + '.json');
const fnFile = path.join(__dirname, tag + '-fn.js');
fs.writeFileSync(jsonFile, '{"name": "config", "list": [1, 2, 3]}');
fs.writeFileSync(fnFile, "module.exports = function greet(n) { return 'hi ' + n; };\nmodule.exports.loadedFrom = typeof module.parent;\n");
try {
  const cfg = require('./' + tag + '.json');
  const greet = require('./' + tag + '-fn');
  console.log(cfg.name, cfg.list.length, typeof greet, greet('x'), greet.name);
  console.log('main is this module:', require.main === module);
  setTimeout(() => console.log('timer after requires'), 0);
} finally {
  fs.unlinkSync(jsonFile);
  fs.unlinkSync(fnFile);
}
