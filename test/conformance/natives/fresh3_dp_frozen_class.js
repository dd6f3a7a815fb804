// record: debugprint
// %DebugPrint of a frozen class instance and of an object with integer-like keys and named keys.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
%DebugPrint(Object.freeze(new Point(1, 2)));
let o = { b: 1, 2: 'two', a: 'x', 0: 'zero' };
%DebugPrint(o);
