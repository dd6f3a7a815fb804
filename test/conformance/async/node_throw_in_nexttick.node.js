// An uncaught throw in a nextTick callback ends the process before any timer.
process.nextTick(() => {
  const e = new Error('thrown in nextTick');
  e.stack = 'Error: thrown in nextTick\n    at <fixed stack>';
  throw e;
});
process.nextTick(() => console.log('never: second nextTick'));
setTimeout(() => console.log('never: timer'), 0);
console.log('sync end');
