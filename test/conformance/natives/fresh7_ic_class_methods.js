// Method calls on class instances: `p.norm()` loads norm from Point.prototype (a load IC whose
// map is the instance's), and a subclass instance brings a second map. The method's own loads
// of this.x / this.y see both instance maps.
// record: ic
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return this.x * this.x + this.y * this.y;
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
function total(p) {
  return p.norm();
}
let s = 0;
for (let i = 0; i < 12; i++) {
  s += total(new Point(i, 1));
}
for (let i = 0; i < 3; i++) {
  s += total(new Point3(i, 2, 3));
}
console.log(s);
