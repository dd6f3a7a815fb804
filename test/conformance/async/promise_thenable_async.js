// A thenable that resolves later (from a timer) keeps the adopting promise pending until then.
const thenable = {
  then(resolve, reject) {
    console.log('then called with', typeof resolve, typeof reject);
    setTimeout(() => resolve('resolved by timer'), 20);
  },
};
Promise.resolve(thenable).then((v) => console.log('adopted:', v));
setTimeout(() => console.log('timer 0 runs first'), 0);
Promise.resolve().then(() => console.log('microtask'));
