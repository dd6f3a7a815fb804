// Microtasks run after each timer callback, before the next timer (Node >= 11 and browsers).
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log('timer', i);
    Promise.resolve().then(() => console.log('  microtask of timer', i));
    queueMicrotask(() => console.log('  queueMicrotask of timer', i));
  }, 0);
}
