// fresh4: optimize, deopt with a new shape, optimize again with both shapes, and read
// %GetOptimizationStatus and the %ActiveTierIs* natives at each step.
// record: opt
function getY(o) {
  return o.y;
}
function status() {
  return [%ActiveTierIsIgnition(getY), %ActiveTierIsMaglev(getY), %ActiveTierIsTurbofan(getY)].join();
}
%PrepareFunctionForOptimization(getY);
getY({ x: 1, y: 2 });
console.log('before', status());
%OptimizeFunctionOnNextCall(getY);
getY({ x: 1, y: 2 });
console.log('optimized', status());
getY({ y: 2, x: 1 });
console.log('after deopt', status());
%PrepareFunctionForOptimization(getY);
getY({ x: 1, y: 2 });
getY({ y: 2, x: 1 });
%OptimizeFunctionOnNextCall(getY);
getY({ x: 1, y: 2 });
console.log('reoptimized', status());
getY({ y: 3, x: 1 });
console.log('still', status());
