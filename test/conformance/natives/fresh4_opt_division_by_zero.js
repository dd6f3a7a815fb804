// fresh4: integer division and remainder optimized for Smis, then a divisor of 0 and
// an inexact quotient.
// record: opt
function div(a, b) {
  return a / b;
}
function mod(a, b) {
  return a % b;
}
%PrepareFunctionForOptimization(div);
%PrepareFunctionForOptimization(mod);
div(10, 2);
div(8, 4);
mod(10, 3);
mod(9, 4);
%OptimizeFunctionOnNextCall(div);
%OptimizeFunctionOnNextCall(mod);
console.log(div(6, 3), mod(7, 2));
console.log(div(6, 0), mod(7, 0));
console.log(div(7, 2), mod(-4, 2));
