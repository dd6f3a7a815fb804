// A thenable's then that throws rejects the promise, unless it has already called resolve.
Promise.resolve({
  then() {
    throw new Error('thrown in then');
  },
}).catch((e) => console.log('rejected:', e.message));
Promise.resolve({
  then(resolve) {
    resolve('resolved first');
    throw new Error('ignored');
  },
}).then((v) => console.log('fulfilled:', v));
Promise.resolve({
  then(resolve, reject) {
    resolve('one');
    resolve('two');
    reject(new Error('three'));
  },
}).then((v) => console.log('only the first call counts:', v));
