// A nextTick queued from a promise callback runs after the whole microtask queue has drained.
Promise.resolve().then(() => {
  console.log('promise 1 queues a nextTick');
  process.nextTick(() => console.log('nextTick from promise 1'));
  Promise.resolve().then(() => console.log('promise 1.1'));
}).then(() => console.log('promise 1 -> then'));
Promise.resolve().then(() => console.log('promise 2'));
setTimeout(() => console.log('timeout'), 0);
