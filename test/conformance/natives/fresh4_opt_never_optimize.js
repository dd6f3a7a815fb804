// fresh4: %NeverOptimizeFunction, then asking to optimize it anyway; a second function
// optimized normally for comparison.
// record: opt
function slow(o) {
  return o.x + 1;
}
function fast(o) {
  return o.x + 1;
}
%NeverOptimizeFunction(slow);
%PrepareFunctionForOptimization(slow);
%PrepareFunctionForOptimization(fast);
slow({ x: 1 });
fast({ x: 1 });
%OptimizeFunctionOnNextCall(slow);
%OptimizeFunctionOnNextCall(fast);
console.log(slow({ x: 2 }), fast({ x: 2 }));
console.log(%ActiveTierIsTurbofan(slow), %ActiveTierIsTurbofan(fast));
console.log(slow({ y: 1, x: 3 }), fast({ y: 1, x: 3 }));
