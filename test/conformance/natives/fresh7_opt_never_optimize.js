// %NeverOptimizeFunction: a later %OptimizeFunctionOnNextCall is ignored, while another function
// is optimized normally.
// record: opt
function square(n) {
  return n * n;
}
function cube(n) {
  return n * n * n;
}
%NeverOptimizeFunction(square);
%PrepareFunctionForOptimization(cube);
square(2);
cube(2);
square(3);
cube(3);
%OptimizeFunctionOnNextCall(square);
%OptimizeFunctionOnNextCall(cube);
console.log(square(4), cube(4));
console.log('square optimized?', %ActiveTierIsTurbofan(square), 'cube?', %ActiveTierIsTurbofan(cube));
