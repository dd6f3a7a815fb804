// fresh4: copying objects with for-in and o[key], and with Object.keys, over objects
// of two shapes, then over an object with an index property.
// record: ic
function copyForIn(src) {
  let dst = {};
  for (let key in src) {
    dst[key] = src[key];
  }
  return dst;
}
function sumKeys(src) {
  let s = 0;
  let keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) {
    s += src[keys[i]];
  }
  return s;
}
let p = { x: 1, y: 2 };
let q = { x: 1, y: 2, z: 3 };
let t = 0;
for (let i = 0; i < 12; i++) {
  t += sumKeys(copyForIn(i % 2 ? p : q));
}
t += sumKeys(copyForIn({ 0: 5, a: 1 }));
console.log(t);
