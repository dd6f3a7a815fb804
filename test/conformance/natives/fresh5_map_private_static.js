// Classes with private fields (#x) and static fields: instance maps and the class's own properties.
class Point {
  #x;
  #y;
  static count = 0;
  constructor(x, y) {
    this.#x = x;
    this.#y = y;
    Point.count++;
  }
  get x() { return this.#x; }
}
class Point3 {
  #x = 0;
  z = 1;
}
const a = new Point(1, 2);
const b = new Point(3, 4);
console.log('private same map:', %HaveSameMap(a, b));
console.log('instance fast:', %HasFastProperties(a));
console.log('Object.keys:', JSON.stringify(Object.keys(a)));
console.log('count:', Point.count, 'class fast:', %HasFastProperties(Point));
console.log('proto fast:', %HasFastProperties(Point.prototype));
const c = new Point3(), d = new Point3();
console.log('Point3 same:', %HaveSameMap(c, d), 'keys:', JSON.stringify(Object.keys(c)));
console.log('Point~Point3:', %HaveSameMap(a, c));
a.extra = 1;
console.log('after extra:', %HaveSameMap(a, b), a.x);
