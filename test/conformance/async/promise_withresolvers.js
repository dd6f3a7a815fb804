// Promise.withResolvers returns the promise with its resolve and reject functions.
const { promise, resolve, reject } = Promise.withResolvers();
console.log(Object.keys(Promise.withResolvers()).join(','), typeof resolve, typeof reject);
promise.then((v) => console.log('resolved from a timer:', v));
setTimeout(() => resolve('done'), 10);
const second = Promise.withResolvers();
second.promise.catch((e) => console.log('rejected:', e.message));
second.reject(new Error('nope'));
second.resolve('too late');
console.log('sync end');
