// record: opt
// Hot with one shape (TurboFan), deoptimized by a second shape ("wrong map"), then hot again
// with both shapes: V8 optimizes the function again, now for two maps, and a third shape
// deoptimizes it again.
function getX(o) {
  return o.x;
}
function drive(a, b, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(i % 2 ? a : b);
  return s;
}
%NeverOptimizeFunction(drive);
const one = { x: 1 };
const two = { y: 0, x: 2 };
console.log('one shape:', drive(one, one, 500000));
console.log('second shape:', getX(two));
console.log('two shapes:', drive(one, two, 500000));
console.log('third shape:', getX({ z: 0, x: 3 }));
