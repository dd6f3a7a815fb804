// Top-level var read and written from async functions and timers.
var counter = 0;
async function bump(tag) {
  counter++;
  await null;
  counter++;
  console.log(tag, counter, 'global property:', globalThis.counter);
}
bump('a');
bump('b');
setTimeout(() => console.log('timer', counter, typeof globalThis.counter), 0);
console.log('sync', counter);
