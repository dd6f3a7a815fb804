// Collecting an async generator into an array, and Array.fromAsync.
async function* letters() {
  yield 'x';
  await null;
  yield 'y';
  yield 'z';
}
(async () => {
  const out = [];
  for await (const l of letters()) out.push(l);
  console.log(out.join(''));
  console.log(typeof Array.fromAsync);
  const all = await Array.fromAsync(letters());
  console.log(all.join('-'));
  const fromPromises = await Array.fromAsync([Promise.resolve(1), 2], (v) => v * 10);
  console.log(fromPromises.join(','));
})();
