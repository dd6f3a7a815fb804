// nextTick and microtask queues are drained after every immediate callback.
// legacy: node10
for (const name of ['A', 'B', 'C']) {
  setImmediate(() => {
    console.log('immediate', name);
    Promise.resolve().then(() => console.log('  promise', name));
    process.nextTick(() => console.log('  nextTick', name));
  });
}
