// finally passes the value through, takes 2 extra ticks relative to then, and a thrown error
// in finally replaces the value.
Promise.resolve('v')
  .finally(() => console.log('finally 1'))
  .then((v) => console.log('after finally:', v));
Promise.reject(new Error('r'))
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('caught:', e.message));
Promise.resolve()
  .then(() => console.log('ref 1'))
  .then(() => console.log('ref 2'))
  .then(() => console.log('ref 3'))
  .then(() => console.log('ref 4'));
