// record: opt
// Optimized code that relies on the Smi representation of field x, then a store of a double
// into x on another object of the same map (the map is deprecated).
function getX(o) {
  return o.x + 1;
}
const a = { x: 1 };
const b = { x: 2 };
%PrepareFunctionForOptimization(getX);
getX(a);
getX(a);
%OptimizeFunctionOnNextCall(getX);
console.log('optimized:', getX(a));
b.x = 0.5;
console.log('after b.x = 0.5, getX(a):', getX(a));
console.log('getX(b):', getX(b));
