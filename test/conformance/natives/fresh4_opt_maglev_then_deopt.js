// fresh4: %OptimizeMaglevOnNextCall, a wrong-map deopt out of Maglev, and then TurboFan,
// with %GetOptimizationStatus printed in binary.
// record: opt
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
function len2(v) {
  return v.x * v.x + v.y * v.y;
}
%PrepareFunctionForOptimization(len2);
len2(new Vec(1, 2));
len2(new Vec(3, 4));
%OptimizeMaglevOnNextCall(len2);
console.log(len2(new Vec(1, 1)), (%GetOptimizationStatus(len2)).toString(2));
console.log(len2({ x: 2, y: 2 }), (%GetOptimizationStatus(len2)).toString(2));
%PrepareFunctionForOptimization(len2);
len2(new Vec(1, 1));
%OptimizeFunctionOnNextCall(len2);
console.log(len2(new Vec(2, 3)), (%GetOptimizationStatus(len2)).toString(2));
