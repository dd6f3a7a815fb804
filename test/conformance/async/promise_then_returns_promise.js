// Returning a promise from a then callback costs two extra ticks before the next callback.
let chain = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
Promise.resolve()
  .then(() => Promise.resolve('inner'))
  .then((v) => console.log('after returning a promise:', v));
Promise.resolve()
  .then(() => 'plain')
  .then((v) => console.log('after returning a value:', v));
