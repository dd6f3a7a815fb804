// An unhandled rejection with an Error. Node: the error is printed and the process exits with 1
// after the microtask queue drains; the browser reports "Uncaught (in promise)" and goes on.
console.log('start');
const e = new Error('unhandled boom');
e.stack = 'Error: unhandled boom\n    at <fixed stack>';
Promise.reject(e);
Promise.resolve().then(() => console.log('microtasks still run'));
setTimeout(() => console.log('timer: only in the browser'), 0);
console.log('end');
