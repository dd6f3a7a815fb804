// An async generator consumed with for await.
async function* numbers() {
  console.log('generator starts');
  yield 1;
  await new Promise((r) => setTimeout(r, 10));
  yield 2;
  yield Promise.resolve(3);
  console.log('generator ends');
}
(async () => {
  for await (const n of numbers()) {
    console.log('got', n);
  }
  console.log('loop done');
})();
console.log('sync end');
