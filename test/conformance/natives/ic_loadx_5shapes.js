// record: ic
// The notes' loadX(o) { return o.x } fed objects of five shapes, in turn, 1000 rounds. The
// --log-ic recording shows each state change of the load IC for o.x (0 uninitialized,
// 1 monomorphic, P polymorphic, N megamorphic) with the map that caused it.
function loadX(o) {
  return o.x;
}
const s0 = { x: 1 };
const s1 = { x: 2, a: 0 };
const s2 = { x: 3, b: 0 };
const s3 = { x: 4, c: 0 };
const s4 = { x: 5, d: 0 };
let sum = 0;
for (let round = 0; round < 1000; round++) {
  sum += loadX(s0);
  sum += loadX(s1);
  sum += loadX(s2);
  sum += loadX(s3);
  sum += loadX(s4);
}
console.log('shapes: 5, sum:', sum);
