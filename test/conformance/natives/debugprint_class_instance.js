// record: debugprint
// A class instance: the constructor's this.x / this.y assignments size the initial map
// (2 expected properties + 8 slack = 10 in-object slots while slack tracking runs).
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const p = new Point(1, 2);
%DebugPrint(p);
const q = new Point(1.5, 'y');
%DebugPrint(q);
