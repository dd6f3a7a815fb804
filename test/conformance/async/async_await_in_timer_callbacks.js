// Async callbacks of timers: each timer's microtasks (its awaits) finish before the next timer.
setTimeout(async () => {
  console.log('t1 start');
  await null;
  console.log('t1 after await 1');
  await new Promise((r) => r());
  console.log('t1 after await 2');
}, 0);
setTimeout(async () => {
  console.log('t2 start');
  await Promise.resolve();
  console.log('t2 after await');
}, 0);
