// The classic async/await ordering check (engine-model.md §8.3; not in the user's notes):
// script start | a1 start | a2 | p1 | script end | a1 end | p2 | p3 | p4 | setTimeout.
async function a1() {
  console.log('a1 start');
  await a2();
  console.log('a1 end');
}
async function a2() {
  console.log('a2');
}
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
a1();
new Promise((resolve) => {
  console.log('p1');
  resolve();
})
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
console.log('script end');
