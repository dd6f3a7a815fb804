// Non-function arguments to then are ignored: the value or reason passes through.
Promise.resolve('kept')
  .then(42)
  .then(null, 'not a function')
  .then((v) => console.log('value passed through:', v));
Promise.reject(new Error('reason kept'))
  .then(undefined)
  .then(() => {}, null)
  .catch((e) => console.log('reason passed through:', e.message));
