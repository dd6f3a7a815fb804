// queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('q1'));
Promise.resolve().then(() => {
  console.log('p1');
  queueMicrotask(() => console.log('q from p1'));
}).then(() => console.log('p1 next'));
queueMicrotask(() => {
  console.log('q2');
  Promise.resolve().then(() => console.log('p from q2'));
});
Promise.resolve().then(() => console.log('p2'));
