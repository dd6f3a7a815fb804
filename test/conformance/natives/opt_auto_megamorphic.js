// record: opt
// getX sees five shapes before it gets hot: its load is megamorphic, so the optimized code makes
// a generic lookup and a sixth shape does not deopt it.
function getX(o) {
  return o.x;
}
function drive(shapes, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(shapes[i % 5]);
  return s;
}
%NeverOptimizeFunction(drive);
const shapes = [{ x: 1 }, { a: 0, x: 1 }, { b: 0, x: 1 }, { c: 0, x: 1 }, { d: 0, x: 1 }];
console.log('five shapes:', drive(shapes, 300000));
console.log('sixth shape:', getX({ e: 0, x: 6 }));
