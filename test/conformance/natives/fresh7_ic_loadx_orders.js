// The notes' loadX (3.7.1) fed shapes in different orders: {x,y} and {y,x} are different maps,
// so even "the same" object literal written in another order makes the site polymorphic; then a
// third and fourth shape, and the first shape again (already in the polymorphic feedback).
// record: ic
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { y: 6, x: 3 };
let o2 = { x: 5 };
let o3 = { x: 7, y: 8, z: 9 };
for (let i = 0; i < 12; i++) {
  loadX(o);
}
for (let i = 0; i < 3; i++) {
  loadX(o1);
  loadX(o);
}
loadX(o2);
loadX(o3);
loadX(o);
console.log(loadX(o) + loadX(o1) + loadX(o2) + loadX(o3));
