// Nested async calls: each await suspends only its own function.
async function inner(tag) {
  console.log(tag, 'inner start');
  await null;
  console.log(tag, 'inner end');
  return tag;
}
async function outer(tag) {
  console.log(tag, 'outer start');
  const v = await inner(tag);
  console.log(tag, 'outer end', v);
}
outer('X');
outer('Y');
Promise.resolve().then(() => console.log('plain then'));
console.log('sync end');
