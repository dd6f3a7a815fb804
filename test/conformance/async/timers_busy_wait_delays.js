// A busy synchronous loop delays due timers; they still run in due-time order afterwards.
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('20 ms'), 20);
const start = Date.now();
while (Date.now() - start < 60) {}
console.log('busy loop over, both timers overdue');
setTimeout(() => console.log('0 ms created after the loop'), 0);
