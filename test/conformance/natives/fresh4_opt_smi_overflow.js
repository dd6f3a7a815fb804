// fresh4: x + 1 optimized for Smis, then x = 2**31 - 1 so the sum leaves the Smi range
// (deopt "overflow"), and a multiplication that overflows.
// record: opt
function inc(x) {
  return x + 1;
}
function twice(x) {
  return x * 2;
}
%PrepareFunctionForOptimization(inc);
%PrepareFunctionForOptimization(twice);
inc(1);
inc(2);
twice(3);
twice(4);
%OptimizeFunctionOnNextCall(inc);
%OptimizeFunctionOnNextCall(twice);
console.log(inc(41), twice(21));
console.log(inc(2 ** 31 - 1), %IsSmi(inc(2 ** 31 - 1)));
console.log(twice(2 ** 30));
