// An exception in a microtask is reported; the other microtasks still run.
queueMicrotask(() => {
  console.log('microtask 1 throws');
  throw new Error('microtask error');
});
queueMicrotask(() => console.log('microtask 2 still runs'));
setTimeout(() => console.log('timer'), 0);
