// div(a, b) with exact Smi quotients, optimized by TurboFan and by Maglev, then b = 0 and an
// inexact quotient.
// record: opt
function div(a, b) {
  return a / b;
}
function half(a) {
  return a / 2;
}
%PrepareFunctionForOptimization(div);
div(10, 2);
div(9, 3);
%OptimizeFunctionOnNextCall(div);
console.log(div(8, 4));
console.log(div(1, 0));
%PrepareFunctionForOptimization(half);
half(4);
half(8);
%OptimizeMaglevOnNextCall(half);
console.log(half(6));
console.log(half(7));
