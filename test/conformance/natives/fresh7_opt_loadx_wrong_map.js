// The notes' loadX (3.7.1) optimized by TurboFan for o = {x, y}; then o1 = {x, y, z} reaches the
// optimized code: deopt "wrong map", and the status afterwards.
// record: opt
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6, z: 4 };
%PrepareFunctionForOptimization(loadX);
loadX(o);
loadX(o);
%OptimizeFunctionOnNextCall(loadX);
console.log('optimized', loadX(o));
console.log('turbofan?', %ActiveTierIsTurbofan(loadX));
console.log('o1', loadX(o1));
console.log('turbofan after?', %ActiveTierIsTurbofan(loadX));
