// process.exit() stops at once: pending timers, microtasks and nextTicks are dropped.
process.on('exit', (code) => console.log('exit handler, code', code));
setTimeout(() => {
  console.log('timer calls process.exit(3)');
  Promise.resolve().then(() => console.log('never: microtask'));
  process.nextTick(() => console.log('never: nextTick'));
  setImmediate(() => console.log('never: immediate'));
  process.exit(3);
}, 0);
setTimeout(() => console.log('never: later timer'), 10);
process.nextTick(() => console.log('nextTick runs first'));
