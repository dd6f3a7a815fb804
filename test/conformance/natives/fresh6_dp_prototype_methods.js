// A constructor's prototype after methods were added, before and after it is used from a function
// that has a feedback vector.
// record: debugprint
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.move = function (dx) {
  this.x += dx;
};
Point.prototype.norm = function () {
  return this.x * this.x + this.y * this.y;
};
%DebugPrint(Point.prototype);
function use(p) {
  return p.norm();
}
let s = 0;
for (let i = 0; i < 20; i++) s += use(new Point(i, 1));
console.log(s);
%DebugPrint(Point.prototype);
