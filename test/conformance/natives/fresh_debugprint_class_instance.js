// record: debugprint
// A class instance during slack tracking and after it: the in-object slots reserved for the
// constructor, and the shrunk map after the 7th construction.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
let first = new Point(1, 2);
%DebugPrint(first);
for (let i = 0; i < 7; i++) new Point(i, i);
let later = new Point(3, 4);
%DebugPrint(later);
