// A timer created inside a microtask is queued after timers created by the sync code.
setTimeout(() => console.log('timer from sync code'), 0);
Promise.resolve().then(() => {
  console.log('microtask creates a timer');
  setTimeout(() => console.log('timer from microtask'), 0);
});
setTimeout(() => console.log('second timer from sync code'), 0);
