// rAF callbacks run with the frame's timestamp; two rAF callbacks of one frame see the same
// time, and their microtasks run in between.
requestAnimationFrame((t1) => {
  console.log('raf A');
  queueMicrotask(() => console.log('microtask from A'));
  requestAnimationFrame((t3) => console.log('raf C next frame, later:', t3 > t1));
});
requestAnimationFrame((t2) => console.log('raf B'));
