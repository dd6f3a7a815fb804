// A thenable that calls resolve synchronously: its then runs in a microtask (tick 1), the
// adopting promise settles there, and its reactions run at tick 2.
const thenable = {
  then(resolve) {
    console.log('thenable.then called');
    resolve('from thenable');
  },
};
Promise.resolve().then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
Promise.resolve(thenable).then((v) => console.log('adopted:', v));
console.log('sync: then not called yet');
