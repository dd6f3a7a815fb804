// record: opt
// getX is hot with two shapes from the start: its optimized code checks for both maps (a
// polymorphic load), so either shape is fine; a third shape deopts it ("wrong map").
function getX(o) {
  return o.x;
}
function drive(a, b, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(i & 1 ? a : b);
  return s;
}
%NeverOptimizeFunction(drive);
const a = { x: 1 };
const b = { y: 0, x: 2 };
console.log('two shapes:', drive(a, b, 500000));
console.log('first again:', getX(a));
console.log('third shape:', getX({ z: 0, x: 3 }));
