// A 0 ms timer created inside a timer callback runs after a timer that was already due.
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('C (created in A)'), 0);
  Promise.resolve().then(() => console.log('A microtask'));
}, 0);
setTimeout(() => console.log('B (created with A)'), 0);
