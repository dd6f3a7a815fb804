// Deopt then re-optimization: loadX optimized for one shape, deopted by a second, optimized
// again with both shapes in its feedback (now polymorphic code: no deopt for either), then a
// third shape.
// record: opt
function loadX(o) {
  return o.x;
}
let a = { x: 1 };
let b = { x: 2, y: 2 };
let c = { y: 3, x: 3 };
%PrepareFunctionForOptimization(loadX);
loadX(a);
%OptimizeFunctionOnNextCall(loadX);
loadX(a);
console.log('b', loadX(b));
%PrepareFunctionForOptimization(loadX);
loadX(a);
loadX(b);
%OptimizeFunctionOnNextCall(loadX);
console.log('a,b', loadX(a), loadX(b), %ActiveTierIsTurbofan(loadX));
console.log('c', loadX(c), %ActiveTierIsTurbofan(loadX));
