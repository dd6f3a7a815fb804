// record: opt
// CompareOp feedback and TurboFan code: V8 14 keeps a compare's feedback in the bytecode itself, so it
// is there even from calls made before the function had a feedback vector (lessBeforeVector).
// Smi feedback meeting a double or a string → "not a Smi"; Number feedback meeting a string;
// String feedback meeting a number; a compare that never ran → "Insufficient type feedback for
// compare operation". One deopt per function.
function lessBeforeVector(a, b) { return a < b; }
function greater(a, b) { return a > b; }
function sameNumber(a, b) { return a === b; }
function looseEqual(a, b) { return a == b; }
function atMost(a, b) { return a <= b; }
function strLess(a, b) { return a < b; }
function cold(a, b, c) { if (c) return a >= b; return 0; }
lessBeforeVector(1, 2);
lessBeforeVector(3, 4);
const cases = [
  [lessBeforeVector, [], [5, 6], [1.5, 2]],
  [greater, [[1, 2], [3, 4]], [5, 6], ['7', 2]],
  [sameNumber, [[1, 2], [3, 3]], [5, 6], [0.5, 0.5]],
  [looseEqual, [[1, 2], [3, 3]], [5, 6], ['3', 3]],
  [atMost, [[1.5, 2], [3, 4.5]], [5, 6], ['x', 2]],
  [strLess, [['a', 'b'], ['c', 'd']], ['e', 'f'], [1, 2]],
  [cold, [[1, 2, false], [3, 4, false]], [5, 6, false], [7, 8, true]],
];
for (const [f, train, after, probe] of cases) {
  %PrepareFunctionForOptimization(f);
  for (const args of train) f(...args);
  %OptimizeFunctionOnNextCall(f);
  const first = f(...after);
  console.log(f.name, first, f(...probe));
}
