// A direct eval in a Node module sees the module wrapper's bindings.
console.log(eval('typeof require'), eval('typeof module'), eval('typeof exports'));
console.log(eval('typeof __filename'), eval('typeof __dirname'), eval('arguments.length'));
console.log(eval('module.exports === exports'), eval('this === module.exports'));
function inner() { return eval('typeof require + " " + typeof module.exports'); }
console.log(inner());
const arrow = () => eval('exports === this');
console.log(arrow());
eval('var moduleLocal = 1');
console.log(typeof moduleLocal, typeof globalThis.moduleLocal);
eval('exports.fromEval = 42');
console.log(module.exports);
const indirect = eval;
console.log(indirect('typeof require'), indirect('typeof module'));
console.log(eval('require("path").basename("/a/b/c.txt")'));
