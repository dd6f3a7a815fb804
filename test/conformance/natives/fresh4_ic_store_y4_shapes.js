// fresh4: the notes' store variant `o.y = 4; return o.x` (3.7) fed objects that already
// have y, objects that lack it (a transition store), and 6 different shapes.
// record: ic
function loadX(o) {
  o.y = 4;
  return o.x;
}
let shapes = [
  { x: 1, y: 4 },
  { x: 1 },
  { x: 1, z: 2 },
  { z: 2, x: 1 },
  { x: 1, y: 2, z: 3 },
  { w: 0, x: 1 },
];
let r = 0;
for (let i = 0; i < 12; i++) {
  for (let j = 0; j < shapes.length; j++) {
    let s = shapes[j];
    let copy = Object.assign({}, s);
    r += loadX(i < 10 ? s : copy);
  }
}
console.log(r);
