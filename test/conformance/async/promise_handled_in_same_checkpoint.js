// A rejection handled in a later microtask of the same checkpoint is not reported anywhere.
const p = Promise.reject(new Error('handled soon'));
Promise.resolve()
  .then(() => console.log('microtask 1'))
  .then(() => {
    console.log('microtask 2 attaches the handler');
    p.catch((e) => console.log('caught:', e.message));
  });
