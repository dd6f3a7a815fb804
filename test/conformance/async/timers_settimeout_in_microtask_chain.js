// Timers created at different depths of one microtask chain keep creation order.
setTimeout(() => console.log('timer from script'), 0);
Promise.resolve()
  .then(() => { setTimeout(() => console.log('timer from tick 1'), 0); })
  .then(() => { setTimeout(() => console.log('timer from tick 2'), 0); })
  .then(() => console.log('chain end'));
queueMicrotask(() => setTimeout(() => console.log('timer from queueMicrotask'), 0));
