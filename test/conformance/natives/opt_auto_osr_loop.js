// record: opt
// A function called once with a long loop: it gets hot inside the loop, so V8 cannot wait for
// its next call and compiles the loop itself (on-stack replacement, "OSR" in the trace): Maglev
// first, then TurboFan, whose code the Maglev OSR code leaves for at the loop header (the
// "prepare for on stack replacement" bailout). The request is used up: later calls print nothing.
// (In about one run in eight V8 leaves the bailout line out; the recorder needs 3 equal runs.)
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i) | 0;
  return s;
}
console.log('long loop:', sumTo(3000000));
console.log('called again:', sumTo(10));
console.log('and again:', sumTo(20));
