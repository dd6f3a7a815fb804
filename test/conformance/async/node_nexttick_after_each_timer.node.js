// nextTick and microtask queues are drained after every timer callback (Node >= 11; Node 10
// drained them once after the batch of due timers). The busy wait makes both timers due together.
// legacy: node10
for (const name of ['A', 'B']) {
  setTimeout(() => {
    console.log('timer', name);
    Promise.resolve().then(() => console.log('  promise', name));
    process.nextTick(() => console.log('  nextTick', name));
  }, 0);
}
for (const start = Date.now(); Date.now() - start < 5; ) {}
