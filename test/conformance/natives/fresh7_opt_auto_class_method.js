// A hot class method (Point.prototype.norm) called from a non-optimizable driver: it tiers up on
// its own; then a subclass instance reaches it.
// record: opt
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
function norm2(p) {
  return p.norm();
}
function drive(p, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += norm2(p);
  }
  return s;
}
%NeverOptimizeFunction(drive);
console.log(drive(new Point(1, 2), 300000));
console.log(drive(new Point3(1, 2, 3), 1));
