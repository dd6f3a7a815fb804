// finally sees no argument, and passes the value or the reason through unchanged.
Promise.resolve('v')
  .finally((...args) => console.log('finally args', args.length))
  .then((v) => console.log('then got', v));
Promise.reject(new Error('r'))
  .finally(() => console.log('finally on rejection'))
  .catch((e) => console.log('catch got', e.message));
Promise.resolve('kept')
  .finally(() => 'ignored return value')
  .then((v) => console.log('return value of finally is ignored:', v));
