// record: ic
// A load of a property that does not exist anywhere (V8 caches a "nonexistent" handler), then
// the property is added to the object: a new map, so the IC goes polymorphic.
function getZ(o) {
  return o.z;
}
const o = { x: 1 };
let r;
for (let i = 0; i < 50; i++) r = getZ(o);
o.z = 3;
for (let i = 0; i < 50; i++) r = getZ(o);
console.log(r);
