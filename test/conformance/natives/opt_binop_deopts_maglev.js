// record: opt
// BinaryOp feedback and the checks Maglev code compiles from it: each function is trained, optimized
// with %OptimizeMaglevOnNextCall, then given what its feedback did not cover. Smi feedback → "not a Smi",
// "overflow", "minus zero" / "division by zero" / "lost precision"; Number feedback → a string
// (and undefined, which TurboFan's Number code converts); String feedback → a number; a site
// that never ran → "Insufficient type feedback for binary operation". One deopt per function.
function addSmi(a, b) { return a + b; }
function subOverflow(a, b) { return a - b; }
function mulMinusZero(a, b) { return a * b; }
function divByZero(a, b) { return a / b; }
function divInexact(a, b) { return a / b; }
function modMinusZero(a, b) { return a % b; }
function negZero(a) { return -a; }
function incSmi(a) { return ++a; }
function orNumber(a, b) { return a | b; }
function mulNumber(a, b) { return a * b; }
function subUndefined(a, b) { return a - b; }
function concat(a, b) { return a + b; }
function cold(a, b, c) { if (c) return a * b; return 0; }
function truncated(a, b) { return (a + b) | 0; }
const cases = [
  [addSmi, [[1, 2], [3, 4]], [5, 6], [1.5, 2]],
  [subOverflow, [[1, 2], [3, 4]], [5, 6], [-2147483648, 1]],
  [mulMinusZero, [[1, 2], [3, 4]], [5, 6], [0, -3]],
  [divByZero, [[6, 3], [8, 4]], [6, 3], [7, 0]],
  [divInexact, [[6, 3], [8, 4]], [6, 3], [7, 2]],
  [modMinusZero, [[7, 3], [9, 4]], [5, 3], [-4, 2]],
  [negZero, [[1], [2]], [3], [0]],
  [incSmi, [[1], [2]], [3], [1.5]],
  [orNumber, [[1.5, 2], [3, 4.5]], [5, 6], ['x', 2]],
  [mulNumber, [[1.5, 2], [3, 4.5]], [5, 6], ['x', 2]],
  [subUndefined, [[1.5, 2], [3, 4.5]], [5, 6], [undefined, 2]],
  [concat, [['a', 'b'], ['c', 'd']], ['e', 'f'], [1, 2]],
  [cold, [[1, 2, false], [3, 4, false]], [5, 6, false], [7, 8, true]],
  [truncated, [[1, 2], [3, 4]], [5, 6], [2147483647, 1]],
];
for (const [f, train, after, probe] of cases) {
  %PrepareFunctionForOptimization(f);
  for (const args of train) f(...args);
  %OptimizeMaglevOnNextCall(f);
  const first = f(...after);
  console.log(f.name, first, f(...probe));
}
