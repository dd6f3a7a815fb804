// Loads of properties that are not there: o.z on {x,y} (a nonexistent handler, found missing on
// the whole chain), then the property appears on one object, and a missing load on an array and
// on Object.create(null).
// record: ic
function loadZ(o) {
  return o.z;
}
let point = { x: 100, y: 200 };
for (let i = 0; i < 12; i++) {
  loadZ(point);
}
let point2 = { x: 3, y: 4 };
point2.z = 5;
loadZ(point2);
loadZ([1, 2, 3]);
loadZ(Object.create(null));
console.log(loadZ(point), loadZ(point2));
