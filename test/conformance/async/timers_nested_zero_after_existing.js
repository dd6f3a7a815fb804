// A 0 ms timer created inside a timer runs after timers that were already due.
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('C (created in A)'), 0);
}, 0);
setTimeout(() => console.log('B'), 0);
