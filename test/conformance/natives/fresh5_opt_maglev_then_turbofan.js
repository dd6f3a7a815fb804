// One function through the tiers by hand: interpreter, Maglev, TurboFan, with %GetOptimizationStatus
// at each step, then a deopt by an object of another shape.
// record: opt
function getY(o) {
  return o.y;
}
const p = { x: 1, y: 2 };
console.log('start:', %GetOptimizationStatus(getY));
%PrepareFunctionForOptimization(getY);
getY(p);
console.log('prepared:', %GetOptimizationStatus(getY));
%OptimizeMaglevOnNextCall(getY);
getY(p);
console.log('maglev:', %GetOptimizationStatus(getY));
%OptimizeFunctionOnNextCall(getY);
getY(p);
console.log('turbofan:', %GetOptimizationStatus(getY));
const q = { y: 3, x: 1 };
console.log('other shape:', getY(q), %GetOptimizationStatus(getY));
