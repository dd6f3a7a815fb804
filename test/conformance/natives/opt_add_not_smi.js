// record: opt
// add(a, b) optimized by Maglev with Smi feedback, then called with a double: eager deopt
// "not a Smi". Re-optimized with the new (Number) feedback, a double no longer deopts.
function add(a, b) {
  return a + b;
}
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeMaglevOnNextCall(add);
console.log('Smi + Smi:', add(5, 6));
console.log('double + Smi:', add(1.5, 2));
%PrepareFunctionForOptimization(add);
add(2.5, 1);
%OptimizeMaglevOnNextCall(add);
console.log('after re-optimizing:', add(0.5, 0.25));
console.log('Smi again:', add(1, 1));
