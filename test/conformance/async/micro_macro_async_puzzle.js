// Another puzzle with async functions and a thenable.
async function one() {
  console.log('one start');
  await two();
  console.log('one end');
}
async function two() {
  console.log('two');
  return { then: (r) => { console.log('thenable then'); r(); } };
}
setTimeout(() => console.log('timeout'), 0);
one();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'))
  .then(() => console.log('then 4'))
  .then(() => console.log('then 5'));
console.log('sync end');
