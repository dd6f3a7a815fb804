// Seed: 002_c52e49598bf4ced6.txt, 3.7 内联缓存
// record: ic
// loadX fed two objects of the same shape: the load IC for o.x goes monomorphic once and stays.
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6 };
for (let i = 0; i < 90000; i++) {
  loadX(o);
  loadX(o1);
}
// Added:
console.log('o and o1 share a map:', %HaveSameMap(o, o1), 'loadX(o1) =', loadX(o1));
