// console.log of Error objects (with a fixed stack, so no file paths are printed).
const e = new RangeError('out of range');
e.stack = 'RangeError: out of range\n    at example (example.js:1:1)';
console.log(e);
console.log({ err: e });
console.log([e]);
const noStack = new TypeError('no stack here');
delete noStack.stack;
console.log(noStack);
console.log(e.message, e.name);
