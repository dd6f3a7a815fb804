// A promise reaction queued from a nextTick callback waits until the nextTick queue is empty.
process.nextTick(() => {
  console.log('nextTick 1');
  Promise.resolve().then(() => console.log('promise from nextTick 1'));
  process.nextTick(() => console.log('nextTick 1.1'));
});
process.nextTick(() => console.log('nextTick 2'));
Promise.resolve().then(() => console.log('promise from sync code'));
