// await on a native promise (or a plain value) resumes after one tick, like a single then.
let chain = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
const p = Promise.resolve('p');
(async () => {
  await p;
  console.log('after await p: tick 1');
  await 42;
  console.log('after await 42: tick 2');
  await undefined;
  console.log('after await undefined: tick 3');
})();
