// Errors inside console.log: a fixed stack makes the output deterministic.
const e = new Error('top level');
e.stack = 'Error: top level\n    at fixed (file.js:1:1)';
console.log(e);
console.log({ err: e });
console.log([e]);
const t = new TypeError('typed');
t.stack = 'TypeError: typed\n    at here (x.js:2:2)';
t.code = 'E_CODE';
console.log(t);
const noStack = new RangeError('no stack');
noStack.stack = undefined;
console.log(noStack);
const strStack = new Error('custom');
strStack.stack = 'just a string';
console.log(strStack);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.stack = `${this.name}: ${m}\n    at somewhere`; } }
console.log(new MyErr('subclass'));
const withCause = new Error('outer', { cause: 'a string cause' });
withCause.stack = 'Error: outer\n    at a (b.js:1:1)';
console.log(withCause);
console.log(String(e), e.message, e.name, `${t}`);
