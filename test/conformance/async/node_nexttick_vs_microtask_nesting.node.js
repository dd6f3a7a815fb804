// A nextTick queued from a promise runs after the current microtask queue drains; a promise
// queued from a nextTick runs after the nextTick queue drains.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
