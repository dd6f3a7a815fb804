// A rejection handled from a nextTick queued in the same turn is not reported.
const p = Promise.reject(new Error('late but in time'));
process.nextTick(() => {
  p.catch((e) => console.log('caught:', e.message));
});
setTimeout(() => console.log('still running'), 0);
