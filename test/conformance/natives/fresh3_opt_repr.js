// record: opt
// Optimized code reading p.x, then a Point whose x became a double: deopt, and re-optimization.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function getX(p) {
  return p.x;
}
let a = new Point(1, 2);
let b = new Point(3, 4);
%PrepareFunctionForOptimization(getX);
getX(a);
getX(b);
%OptimizeFunctionOnNextCall(getX);
console.log('optimized:', getX(a));
let c = new Point(0.5, 1);
console.log('double x:', getX(c));
console.log('old point:', getX(b));
%PrepareFunctionForOptimization(getX);
getX(b);
getX(c);
%OptimizeFunctionOnNextCall(getX);
console.log('re-optimized:', getX(c));
