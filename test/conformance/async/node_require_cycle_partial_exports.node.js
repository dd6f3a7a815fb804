// A require cycle: the second module sees the first one's partial exports.
// Node warns about reading a missing property during the cycle, with the process id: print its message.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const fs = require('fs');
const path = require('path');
const dir = __dirname;
const tag = '.es-cycle-' + process.pid;
const a = path.join(dir, tag + '-a.js');
const b = path.join(dir, tag + '-b.js');
fs.writeFileSync(a, "exports.early = 'a early';\nconst b = require('./" + tag + "-b.js');\nexports.late = 'a late';\nconsole.log('a sees b.done:', b.done);\n");
fs.writeFileSync(b, "const a = require('./" + tag + "-a.js');\nconsole.log('b sees a.early:', a.early, 'a.late:', a.late);\nexports.done = true;\nqueueMicrotask(() => console.log('b microtask sees a.late:', a.late));\n");
const modA = require(a);
console.log('main sees:', modA.early, modA.late);
fs.unlinkSync(a);
fs.unlinkSync(b);
