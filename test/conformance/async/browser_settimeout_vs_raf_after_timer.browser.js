// A rAF requested from a timer runs in a later frame; the timer's microtasks come first.
setTimeout(() => {
  requestAnimationFrame(() => console.log('raf'));
  Promise.resolve().then(() => console.log('microtask in timer'));
  console.log('timer');
}, 0);
