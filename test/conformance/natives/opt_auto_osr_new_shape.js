// record: opt
// sumX's loop is compiled by OSR (Maglev, then TurboFan) during one long call. The next call
// enters the cached OSR code at the loop's back edge with an object of another shape: an eager
// deopt "wrong map", resuming at the loop's first checkpoint (bytecode offset 6).
function sumX(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + o.x) | 0;
  return s;
}
console.log('long loop:', sumX({ x: 1 }, 3000000));
console.log('new shape:', sumX({ y: 0, x: 2 }, 5));
