// An exception thrown in a timer callback. Browser: reported, later timers still run.
// Node: the process reports it and exits with 1; later timers never run.
setTimeout(() => {
  console.log('first timer throws');
  const e = new Error('thrown in a timer');
  e.stack = 'Error: thrown in a timer\n    at <fixed stack>';
  throw e;
}, 0);
setTimeout(() => console.log('second timer'), 5);
