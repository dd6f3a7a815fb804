// A rAF requested inside a rAF callback waits for the next frame; its timestamp is later.
let first;
requestAnimationFrame((t1) => {
  first = t1;
  console.log('frame 1');
  requestAnimationFrame((t2) => {
    console.log('frame 2, later timestamp:', t2 > t1);
  });
  Promise.resolve().then(() => console.log('microtask in frame 1'));
});
requestAnimationFrame((t) => console.log('frame 1 second callback, same timestamp:', t === first));
