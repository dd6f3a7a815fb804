// queueMicrotask goes to V8's microtask queue, after the nextTick queue.
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => {
  console.log('queueMicrotask 2 queues a nextTick');
  process.nextTick(() => console.log('nextTick from microtask'));
  queueMicrotask(() => console.log('queueMicrotask from microtask'));
});
