// Seed: 002_c52e49598bf4ced6.txt, 3.7.1 单态多态与超态
// record: ic
// Two shapes ({x,y} and {x,y,z}): the load IC goes monomorphic, then polymorphic.
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6, z: 4 };
for (let i = 0; i < 90000; i++) {
  loadX(o);
  loadX(o1);
}
// Added:
console.log('o and o1 share a map:', %HaveSameMap(o, o1), 'loadX(o1) =', loadX(o1));
