// Timers created in one callback with the same delay run in creation order, after the
// microtasks of that callback.
setTimeout(() => {
  for (let i = 1; i <= 4; i++) setTimeout(() => console.log('inner', i), 0);
  queueMicrotask(() => console.log('microtask before inner timers'));
}, 0);
setTimeout(() => console.log('outer second'), 0);
