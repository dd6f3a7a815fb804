// The notes' loadX loop made hot by V8 itself (no optimization natives on loadX): a driver kept
// out of optimization runs it long enough for Maglev and TurboFan to finish, then o1 with another
// shape makes it deopt.
// record: opt
function loadX(o) {
  return o.x;
}
function drive(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += loadX(o);
  }
  return s;
}
%NeverOptimizeFunction(drive);
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6, z: 4 };
console.log(drive(o, 300000));
console.log(drive(o1, 1));
