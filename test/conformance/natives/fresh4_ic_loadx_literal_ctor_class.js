// fresh4: the notes' loadX (3.7) fed a literal, a constructor instance and a class instance
// that all have x then y: three different maps, so o.x goes polymorphic.
// record: ic
function loadX(o) {
  return o.x;
}
function Point(x, y) {
  this.x = x;
  this.y = y;
}
class PointC {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
let o = { x: 1, y: 3 };
let o1 = new Point(3, 6);
let o2 = new PointC(5, 7);
let sum = 0;
for (let i = 0; i < 20; i++) {
  sum += loadX(o);
  sum += loadX(o1);
  sum += loadX(o2);
}
console.log(sum);
