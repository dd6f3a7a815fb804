// add(a, b) optimized for Smis, then doubles, then a string; and a multiply by a double.
// record: opt
function add(a, b) {
  return a + b;
}
function scale(x) {
  return x * 2;
}
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log(add(0.5, 1));
%PrepareFunctionForOptimization(scale);
scale(1.5);
scale(2.5);
%OptimizeFunctionOnNextCall(scale);
console.log(scale(3.5), scale(4), scale('6'));
console.log('status:', %GetOptimizationStatus(add), %GetOptimizationStatus(scale));
