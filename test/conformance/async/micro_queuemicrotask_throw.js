// An exception in a queueMicrotask callback. Browser: reported, the rest continues.
// Node: uncaught exception, the process exits with 1.
queueMicrotask(() => {
  const e = new Error('microtask error');
  e.stack = 'Error: microtask error\n    at <fixed stack>';
  throw e;
});
queueMicrotask(() => console.log('microtask 2'));
setTimeout(() => console.log('timer'), 0);
