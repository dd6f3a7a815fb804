// Promise.all rejects with the first rejection; the other inputs keep running.
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => {
  console.log('settled', v);
  fail ? rej(new Error(v)) : res(v);
}, ms));
Promise.all([later('a', 20), later('b', 40, true), later('c', 60, true), later('d', 80)])
  .then(() => console.log('not reached'), (e) => console.log('all rejected with', e.message));
