// record: debugprint
// %DebugPrint of class instances: a class with fields and a subclass with a method.
class Point {
  z = 0;
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  len() {
    return this.x + this.y;
  }
}
let p = new Point(100, 200);
%DebugPrint(p);
class Point3 extends Point {
  constructor() {
    super(1, 2);
    this.w = 'w';
  }
}
%DebugPrint(new Point3());
