// console.log of promises in their three states.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1 });
const rejected = Promise.reject(new Error('r'));
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(Promise.resolve(42), Promise.resolve('s'));
const asyncResult = (async () => 'from async')();
console.log(asyncResult);
setTimeout(() => console.log(asyncResult), 0);
