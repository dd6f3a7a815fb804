// record: opt
// 1,000 calls are enough for Maglev (marked after about 510 calls: 9 without a feedback vector,
// then 500 after the last IC change) but far from TurboFan. The driver is never optimized so the
// trace only shows the hot function.
function area(r) {
  return r.w * r.h;
}
function drive(n) {
  const r = { w: 2, h: 3 };
  let s = 0;
  for (let i = 0; i < n; i++) s += area(r);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('sum:', drive(1000));
