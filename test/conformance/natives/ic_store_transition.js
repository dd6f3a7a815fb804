// record: ic
// A store IC that adds a property (a map transition) and one that overwrites an existing
// property, fed one shape and then a second shape.
function addZ(o) {
  o.z = 1;
  return o;
}
function setX(o, v) {
  o.x = v;
}
for (let i = 0; i < 100; i++) {
  const o = { x: i };
  addZ(o);
  setX(o, i);
}
for (let i = 0; i < 100; i++) {
  const o = { x: i, w: 0 };
  addZ(o);
  setX(o, i);
}
const last = addZ({ x: 0 });
console.log(Object.keys(last).join(','));
