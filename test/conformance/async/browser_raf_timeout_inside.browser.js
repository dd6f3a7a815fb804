// Inside a rAF callback: a microtask runs at once after it, a 0 ms timer before the next frame's rAF.
requestAnimationFrame(() => {
  console.log('raf');
  setTimeout(() => console.log('timeout from raf'), 0);
  Promise.resolve().then(() => console.log('microtask from raf'));
  requestAnimationFrame(() => console.log('next raf'));
});
