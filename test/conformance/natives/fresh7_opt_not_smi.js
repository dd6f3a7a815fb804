// add(a, b) with Smi feedback, optimized by TurboFan, then given a double: deopt "not a Smi";
// and a Maglev version given a string.
// record: opt
function add(a, b) {
  return a + b;
}
function inc(a) {
  return a + 1;
}
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log(add(1.5, 2));
%PrepareFunctionForOptimization(inc);
inc(1);
inc(2);
%OptimizeMaglevOnNextCall(inc);
console.log(inc(3));
console.log(inc('3'));
