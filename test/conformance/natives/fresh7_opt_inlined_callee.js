// An inlined callee: total(p) calls getX(p) and getY(p), optimized together by TurboFan; a new
// shape fails the inlined map check, deoptimizing total (getX itself was never optimized).
// record: opt
function getX(p) {
  return p.x;
}
function getY(p) {
  return p.y;
}
function total(p) {
  return getX(p) + getY(p);
}
%PrepareFunctionForOptimization(getX);
%PrepareFunctionForOptimization(getY);
%PrepareFunctionForOptimization(total);
total({ x: 1, y: 2 });
total({ x: 3, y: 4 });
%OptimizeFunctionOnNextCall(total);
console.log(total({ x: 5, y: 6 }));
console.log(total({ y: 7, x: 8 }));
console.log('getX optimized?', %ActiveTierIsTurbofan(getX));
