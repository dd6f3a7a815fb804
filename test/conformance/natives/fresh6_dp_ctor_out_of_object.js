// Constructor instances after slack tracking ended, with properties added afterwards: the extra
// properties land in the PropertyArray.
// record: debugprint
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let points = [];
for (let i = 0; i < 8; i++) points.push(new Point(i, i + 1));
let p = points[7];
p.z = 3;
p.w = 4;
p.v = 5;
p.u = 6;
%DebugPrint(p);
%DebugPrint(points[0]);
