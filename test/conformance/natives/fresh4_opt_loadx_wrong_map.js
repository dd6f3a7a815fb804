// fresh4: loadX optimized by hand for { x, y } literals; a constructor instance with the
// same properties is a different map: deopt "wrong map".
// record: opt
function loadX(o) {
  return o.x;
}
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6 };
%PrepareFunctionForOptimization(loadX);
loadX(o);
loadX(o1);
%OptimizeFunctionOnNextCall(loadX);
console.log('optimized', loadX(o));
console.log('point', loadX(new Point(5, 6)));
console.log('again', loadX(o1));
