// record: opt
// A function made hot with one shape reaches TurboFan on its own; then an object of another
// shape makes the optimized code bail out: an eager deopt "wrong map" back to the interpreter.
function getX(o) {
  return o.x;
}
function drive(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(o);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('hot:', drive({ x: 1 }, 200000));
console.log('new shape:', getX({ y: 2, x: 3 }));
console.log('old shape again:', getX({ x: 4 }));
