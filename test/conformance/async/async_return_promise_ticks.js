// Returning a promise from an async function costs 3 ticks; returning a value 1; return await p 3? see output.
let chain = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
const p = Promise.resolve('p');
(async () => p)().then(() => console.log('async returns p'));
(async () => 'v')().then(() => console.log('async returns a value'));
(async () => await p)().then(() => console.log('async returns await p'));
