// record: ic
// The notes' loadX(o) { return o.x } fed objects of one shape, in turn, 1000 rounds. The
// --log-ic recording shows each state change of the load IC for o.x (0 uninitialized,
// 1 monomorphic, P polymorphic, N megamorphic) with the map that caused it.
function loadX(o) {
  return o.x;
}
const s0 = { x: 1 };
let sum = 0;
for (let round = 0; round < 1000; round++) {
  sum += loadX(s0);
}
console.log('shapes: 1, sum:', sum);
