// After awaiting an fs promise the continuation runs as a microtask in the poll phase: then a
// nextTick scheduled there, then an immediate before a 0 ms timer.
const fsp = require('fs').promises;
(async () => {
  const st = await fsp.stat(__filename);
  console.log('awaited stat, isFile', st.isFile());
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  await null;
  console.log('after await null');
})();
process.nextTick(() => console.log('tick from script'));
