// Timers with the same delay fire in creation order.
for (let i = 1; i <= 5; i++) {
  setTimeout(() => console.log('timer', i), 50);
}
setTimeout(() => console.log('zero a'), 0);
setTimeout(() => console.log('zero b'));
