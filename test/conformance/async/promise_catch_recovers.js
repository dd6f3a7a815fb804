// A throw skips to the next rejection handler; catch returns a fulfilled promise.
Promise.resolve(1)
  .then((v) => {
    console.log('then', v);
    throw new Error('oops');
  })
  .then(() => console.log('skipped'))
  .catch((e) => {
    console.log('catch', e.message);
    return 'recovered';
  })
  .then((v) => console.log('then after catch', v))
  .catch(() => console.log('not reached'));
