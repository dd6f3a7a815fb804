// then on a promise settled long ago still runs asynchronously, after the rest of the callback.
const settled = Promise.resolve('old value');
setTimeout(() => {
  settled.then((v) => console.log('then:', v));
  console.log('timer body end');
}, 20);
setTimeout(() => console.log('next timer'), 20);
