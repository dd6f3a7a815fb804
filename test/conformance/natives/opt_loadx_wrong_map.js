// record: opt, ic
// loadX optimized by TurboFan (%OptimizeFunctionOnNextCall, synchronous) with feedback for one
// map, then called with another shape: an eager deopt with reason "wrong map". The .opt file is
// the normalized --trace-opt --trace-deopt output.
function loadX(o) {
  return o.x;
}
%PrepareFunctionForOptimization(loadX);
loadX({ x: 1 });
loadX({ x: 2 });
%OptimizeFunctionOnNextCall(loadX);
console.log('optimized call:', loadX({ x: 3 }));
console.log('another shape:', loadX({ y: 0, x: 4 }));
console.log('back to the first shape:', loadX({ x: 5 }));
