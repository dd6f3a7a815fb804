// Promise.all over already-settled promises settles after a few microtasks, not synchronously.
let chain = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
Promise.all([Promise.resolve(1), 2]).then(() => console.log('Promise.all done'));
Promise.allSettled([Promise.resolve(1)]).then(() => console.log('Promise.allSettled done'));
Promise.race([Promise.resolve(1)]).then(() => console.log('Promise.race done'));
Promise.any([Promise.resolve(1)]).then(() => console.log('Promise.any done'));
