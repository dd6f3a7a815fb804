// Each interval run is followed by its nextTick and promise; its immediate runs in the next
// check phase, before the next run.
let n = 0;
const id = setInterval(() => {
  n++;
  const k = n;
  console.log('interval', k);
  process.nextTick(() => console.log('  tick', k));
  Promise.resolve().then(() => console.log('  promise', k));
  setImmediate(() => console.log('  immediate', k));
  if (k === 3) clearInterval(id);
}, 20);
