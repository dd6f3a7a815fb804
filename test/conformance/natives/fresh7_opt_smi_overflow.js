// Smi arithmetic overflowing 31/32 bits in optimized code: add and multiply with Smi feedback,
// then operands whose result leaves the Smi range: deopt "overflow".
// record: opt
function add(a, b) {
  return a + b;
}
function mul(a, b) {
  return a * b;
}
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeFunctionOnNextCall(add);
console.log(add(2 ** 30, 2 ** 30 - 1));
console.log(add(2 ** 30, 2 ** 30));
%PrepareFunctionForOptimization(mul);
mul(2, 3);
mul(4, 5);
%OptimizeFunctionOnNextCall(mul);
console.log(mul(100000, 100000));
