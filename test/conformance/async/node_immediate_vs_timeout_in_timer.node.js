// Inside a timer callback, an immediate runs before a new 0 ms timer (check comes before the next timers phase).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 0);
