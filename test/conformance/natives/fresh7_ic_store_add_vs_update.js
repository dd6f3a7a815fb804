// The notes' `o.y = 4` store site: updating an existing y keeps the map (monomorphic on the
// object's own map), while adding y is a transitioning store whose feedback is the map before
// the store. Then a site that sees both kinds of object.
// record: ic
function setY(o) {
  o.y = 4;
  return o;
}
function addZ(o, v) {
  o.z = v;
}
for (let i = 0; i < 12; i++) {
  setY({ x: 1, y: 2 });
}
for (let i = 0; i < 3; i++) {
  setY({ x: 1 });
}
let a = { x: 1 };
let b = { x: 2, z: 0 };
for (let i = 0; i < 12; i++) {
  addZ(a, i);
  addZ(b, i);
}
addZ({}, 1);
console.log(a.z, b.z, setY({}).y);
