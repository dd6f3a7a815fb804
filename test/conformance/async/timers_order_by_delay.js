// Timers fire by due time, not creation order.
setTimeout(() => console.log('60 ms'), 60);
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('0 ms'), 0);
console.log('sync');
