// %GetOptimizationStatus of a function before any call, interpreted, after manual optimization,
// and after a deopt by a new map.
function getX(o) {
  return o.x;
}
console.log('never called:', %GetOptimizationStatus(getX));
getX({ x: 1 });
console.log('called once:', %GetOptimizationStatus(getX));
%PrepareFunctionForOptimization(getX);
getX({ x: 1 });
getX({ x: 2 });
%OptimizeFunctionOnNextCall(getX);
getX({ x: 3 });
console.log('optimized:', %GetOptimizationStatus(getX));
getX({ y: 1, x: 2 });
console.log('after a new map:', %GetOptimizationStatus(getX));
