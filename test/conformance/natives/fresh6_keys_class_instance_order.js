// Key order of class instances, their prototypes and static members.
class Point {
  constructor(x, y) {
    this.y = y;
    this.x = x;
    this[0] = 'zero';
  }
  norm() {
    return 0;
  }
  static make() {
    return new Point(0, 0);
  }
}
let p = new Point(1, 2);
p.z = 3;
console.log(Object.keys(p).join(','));
for (let k in p) console.log('for-in', k);
console.log(Object.getOwnPropertyNames(Point.prototype).join(','));
console.log(Object.getOwnPropertyNames(Point).join(','));
console.log(JSON.stringify(p));
console.log(Object.keys(Point.prototype).length);
