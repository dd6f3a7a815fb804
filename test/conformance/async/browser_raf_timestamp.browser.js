// All callbacks of one frame get the same timestamp; the next frame's is larger.
let t1, t2;
requestAnimationFrame((t) => {
  t1 = t;
  requestAnimationFrame((t3) => {
    console.log('next frame later:', t3 > t1);
  });
});
requestAnimationFrame((t) => {
  t2 = t;
  console.log('same timestamp in one frame:', t1 === t2, typeof t);
});
