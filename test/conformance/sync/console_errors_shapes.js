// Errors in console.log with fixed stacks: name, message, extra properties and causes.
const e = new TypeError('bad input');
e.stack = 'TypeError: bad input\n    at validate (app.js:3:9)';
console.log(e);
const withProps = new Error('with props');
withProps.stack = 'Error: with props\n    at main (app.js:1:1)';
withProps.code = 'E_CODE';
withProps.details = { retry: false };
console.log(withProps);
const noStack = new RangeError('no stack');
noStack.stack = undefined;
console.log(noStack);
const inArray = new Error('inside');
inArray.stack = 'Error: inside\n    at x (y.js:1:1)';
console.log([inArray], { err: inArray });
console.log(String(e), e.toString(), `${withProps}`);
console.log(Object.prototype.toString.call(e), e instanceof TypeError, e.name);
