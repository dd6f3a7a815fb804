// An eager deopt resumes at the latest checkpoint: the first bytecode that can deopt after the
// last write, so a failed Smi check on an Add after pure loads reports the first load's offset.
// record: opt
function makeCounter() {
  const state = { count: 0 };
  function bump(n) {
    state.count += n;
    return state.count;
  }
  return bump;
}
const bump = makeCounter();
%PrepareFunctionForOptimization(bump);
bump(1);
bump(1);
%OptimizeFunctionOnNextCall(bump);
bump(1);
console.log(bump(0.5));
function afterStore(o, n) {
  o.a = 1;
  const b = o.b;
  return b + n;
}
const o = { a: 0, b: 2 };
%PrepareFunctionForOptimization(afterStore);
afterStore(o, 1);
afterStore(o, 2);
%OptimizeFunctionOnNextCall(afterStore);
afterStore(o, 3);
console.log(afterStore(o, 1.5));
function twoLoads(p, q) {
  return p.x * 2 + q.y;
}
%PrepareFunctionForOptimization(twoLoads);
twoLoads({ x: 1 }, { y: 2 });
twoLoads({ x: 1 }, { y: 2 });
%OptimizeFunctionOnNextCall(twoLoads);
twoLoads({ x: 1 }, { y: 2 });
console.log(twoLoads({ x: 1 }, { y: 0.5 }));
