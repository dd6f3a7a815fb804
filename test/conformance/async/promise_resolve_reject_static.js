// Promise.resolve unwraps thenables and returns native promises as they are; Promise.reject never unwraps.
const p = Promise.resolve('inner');
const rejected = Promise.reject(p);
console.log(Promise.resolve(p) === p, rejected === p);
rejected.catch((reason) => console.log('reason is the promise itself:', reason === p));
Promise.resolve({ then: (r) => r('unwrapped') }).then((v) => console.log(v));
Promise.reject(new Error('static reject')).catch((e) => console.log(e.message));
class MyPromise extends Promise {}
const mp = MyPromise.resolve(1);
console.log(mp instanceof MyPromise, MyPromise.resolve(mp) === mp, Promise.resolve(mp) === mp);
mp.then((v) => console.log('subclass then', v, mp.then(() => {}) instanceof MyPromise));
