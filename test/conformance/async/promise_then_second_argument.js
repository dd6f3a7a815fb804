// then(onFulfilled, onRejected): onRejected does not see errors thrown by onFulfilled of the same then.
Promise.reject(new Error('first'))
  .then(
    () => console.log('not called'),
    (e) => {
      console.log('onRejected', e.message);
      throw new Error('second');
    }
  )
  .then(
    () => {
      console.log('not called either');
    },
    (e) => console.log('next onRejected', e.message)
  );
Promise.resolve('ok')
  .then(
    (v) => {
      throw new Error('thrown by onFulfilled ' + v);
    },
    () => console.log('the sibling onRejected is not called')
  )
  .catch((e) => console.log('catch', e.message));
