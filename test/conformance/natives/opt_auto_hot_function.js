// record: opt
// No natives asking for optimization: a small function called 200,000 times from a loop gets
// hot on its own. V8 allocates its feedback vector after 8 calls' worth of budget, marks it for
// MAGLEV (concurrently, "hot and stable") once 500 more calls ran since its last IC change, and
// for TURBOFAN_JS once the Maglev code used up its own budget. The driver is never optimized
// (%NeverOptimizeFunction) so it stays in the interpreter and the trace only shows getX; the
// loop is long enough that both concurrent compilations finish before it ends.
function getX(o) {
  return o.x;
}
function drive(n) {
  const o = { x: 1 };
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(o);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('sum:', drive(200000));
