// How many ticks one step of for await over an async generator takes, against a then chain.
let chain = Promise.resolve();
for (let i = 1; i <= 12; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
async function* gen() {
  yield 'a';
  yield 'b';
}
(async () => {
  for await (const v of gen()) {
    console.log('for await got', v);
  }
  console.log('for await done');
})();
