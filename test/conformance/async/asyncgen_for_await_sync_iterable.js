// for await over a sync iterable awaits each element (promises or values), in order.
const slow = new Promise((r) => setTimeout(() => r('slow'), 60));
const fast = new Promise((r) => setTimeout(() => r('fast'), 20));
(async () => {
  for await (const v of [slow, fast, 'plain', Promise.resolve('resolved')]) {
    console.log(v);
  }
  console.log('done');
})();
setTimeout(() => console.log('timer 40'), 40);
