// A constructor called from optimized code: makePoint(x, y) returns new Point(x, y), optimized;
// then a Point built with a double and a string y (field representation in the constructor).
// record: opt
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function makePoint(x, y) {
  return new Point(x, y);
}
%PrepareFunctionForOptimization(Point);
%PrepareFunctionForOptimization(makePoint);
makePoint(1, 2);
makePoint(3, 4);
%OptimizeFunctionOnNextCall(makePoint);
console.log(makePoint(5, 6).x);
console.log(makePoint(7, 'y').y);
