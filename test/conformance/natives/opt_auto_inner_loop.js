// record: opt
// A function with a short loop, called many times: its budget is charged by its back edges as
// well as its returns, so it gets hot after fewer calls than a straight-line function, and it
// is optimized on a call's entry (not by OSR: no activation loops long enough).
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
function drive(a, n) {
  let t = 0;
  for (let i = 0; i < n; i++) t += sum(a);
  return t;
}
%NeverOptimizeFunction(drive);
console.log('total:', drive([1, 2, 3, 4, 5, 6, 7, 8], 100000));
