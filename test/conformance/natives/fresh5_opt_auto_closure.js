// A hot closure that updates a captured object tiers up on its own (opt_auto recipe).
// record: opt
function makeCounter() {
  const state = { count: 0 };
  function bump(n) {
    state.count += n;
    return state.count;
  }
  return bump;
}
function drive(f, n) {
  let last = 0;
  for (let i = 0; i < n; i++) last = f(1);
  return last;
}
%NeverOptimizeFunction(drive);
const bump = makeCounter();
console.log(drive(bump, 300000));
console.log(bump(0.5));
