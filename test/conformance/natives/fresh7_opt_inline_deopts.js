// Deopts inside inlined callees and at calls (added after the fixes): Smi feedback in an inlined
// add meeting a double (TurboFan) and a string (Maglev), an inlined load that never ran
// ("Insufficient type feedback for generic named access"), and a call site that never ran
// ("Insufficient type feedback for call"), each reported against the optimized caller.
// record: opt
function add(a, b) {
  let z = 0;
  return a + b + z;
}
function twice(a) {
  let q = 1;
  return add(a, a) * 2 + q;
}
%PrepareFunctionForOptimization(add);
%PrepareFunctionForOptimization(twice);
twice(1);
twice(2);
%OptimizeFunctionOnNextCall(twice);
console.log(twice(3), twice(1.5));
%PrepareFunctionForOptimization(twice);
twice(1.5);
%OptimizeMaglevOnNextCall(twice);
console.log(twice(3), twice('s'));
function pick(p, f) {
  if (f) {
    return p.y;
  }
  return p.x;
}
function outer(p, f) {
  let k = 3;
  return pick(p, f) + k;
}
%PrepareFunctionForOptimization(pick);
%PrepareFunctionForOptimization(outer);
outer({ x: 1, y: 2 }, false);
outer({ x: 1, y: 2 }, false);
%OptimizeFunctionOnNextCall(outer);
console.log(outer({ x: 1, y: 2 }, false), outer({ x: 1, y: 2 }, true));
function helper(p) {
  return p.x;
}
function maybe(p, f) {
  let k = 3;
  if (f) {
    k = helper(p);
  }
  return k + 1;
}
%PrepareFunctionForOptimization(helper);
%PrepareFunctionForOptimization(maybe);
helper({ x: 1 });
maybe({ x: 1 }, false);
maybe({ x: 1 }, false);
%OptimizeMaglevOnNextCall(maybe);
console.log(maybe({ x: 1 }, false), maybe({ x: 1 }, true));
