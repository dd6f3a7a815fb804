// record: opt
// Below the budget nothing is marked: 400 calls give the function a feedback vector but no
// optimization (Maglev needs 500 calls after its last IC change).
function inc(o) {
  return o.n + 1;
}
function drive(n) {
  const o = { n: 1 };
  let s = 0;
  for (let i = 0; i < n; i++) s += inc(o);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('sum:', drive(400));
