// record: opt
// pick() was always called with flag false while it got hot, so the optimized code has no
// feedback for the other branch: taking it deopts ("Insufficient type feedback").
function pick(flag, o) {
  if (flag) return o.a + o.b;
  return 0;
}
function drive(n) {
  const o = { a: 1, b: 2 };
  let s = 0;
  for (let i = 0; i < n; i++) s += pick(false, o);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('hot:', drive(500000));
console.log('other branch:', pick(true, { a: 1, b: 2 }));
