// fresh4: loads of a property that is missing (o.z on {x, y}), on one shape and then on
// several; a missing property on an object with a long prototype chain.
// record: ic
function loadZ(o) {
  return o.z;
}
let o = { x: 1, y: 3 };
let seen = 0;
for (let i = 0; i < 12; i++) {
  if (loadZ(o) === undefined) seen++;
}
let base = { a: 1 };
let mid = Object.create(base);
let leaf = Object.create(mid);
for (let i = 0; i < 3; i++) {
  if (loadZ(leaf) === undefined) seen++;
  if (loadZ({ x: i }) === undefined) seen++;
}
base.z = 'found';
console.log(seen, loadZ(leaf));
