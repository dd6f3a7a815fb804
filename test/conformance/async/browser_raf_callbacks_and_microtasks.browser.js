// rAF callbacks of one frame run in order, each followed by a microtask checkpoint; a rAF
// requested inside a callback waits for the next frame.
requestAnimationFrame(() => {
  console.log('raf 1');
  Promise.resolve().then(() => console.log('  microtask from raf 1'));
  requestAnimationFrame(() => console.log('raf 3 (next frame)'));
});
requestAnimationFrame(() => {
  console.log('raf 2');
  Promise.resolve().then(() => console.log('  microtask from raf 2'));
});
Promise.resolve().then(() => console.log('microtask from the script'));
console.log('sync');
