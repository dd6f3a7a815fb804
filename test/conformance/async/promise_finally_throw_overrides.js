// A throw (or a rejected promise) in finally replaces the outcome.
Promise.resolve('value')
  .finally(() => {
    throw new Error('from finally');
  })
  .then(
    (v) => console.log('not', v),
    (e) => console.log('rejected with', e.message)
  );
Promise.reject(new Error('original'))
  .finally(() => Promise.reject(new Error('replaced')))
  .catch((e) => console.log('caught', e.message));
