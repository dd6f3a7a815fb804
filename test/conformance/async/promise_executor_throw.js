// A throw in the executor rejects the promise; after resolve it is ignored.
const a = new Promise(() => {
  throw new Error('executor threw');
});
a.catch((e) => console.log('a rejected:', e.message));
const b = new Promise((resolve) => {
  resolve('b fulfilled');
  throw new Error('ignored after resolve');
});
b.then((v) => console.log(v));
console.log('no exception escaped the constructor');
