// Same fields, different constructors: every constructor has its own initial map.
class PointC {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class OtherC {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
function PointF(x, y) {
  this.x = x;
  this.y = y;
}
class Sub extends PointC {}
let a = new PointC(1, 2);
let b = new PointC(3, 4);
let c = new OtherC(1, 2);
let d = new PointF(1, 2);
let e = new Sub(1, 2);
console.log('PointC twice', %HaveSameMap(a, b));
console.log('PointC/OtherC', %HaveSameMap(a, c));
console.log('PointC/PointF', %HaveSameMap(a, d));
console.log('PointC/Sub', %HaveSameMap(a, e));
console.log('Sub twice', %HaveSameMap(e, new Sub(5, 6)));
console.log('fast', %HasFastProperties(a), %HasFastProperties(e));
