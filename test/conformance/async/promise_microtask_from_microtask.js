// Microtasks queued while the queue drains run in the same checkpoint, before any timer.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => {
  console.log('micro 1');
  Promise.resolve().then(() => {
    console.log('micro 1.1');
    queueMicrotask(() => console.log('micro 1.1.1'));
  });
});
queueMicrotask(() => console.log('micro 2'));
