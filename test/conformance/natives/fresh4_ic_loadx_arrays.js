// fresh4: loadX on arrays: an array with a named property x, arrays' length, and an
// object literal, so o.x sees array maps next to object maps.
// record: ic
function loadX(o) {
  return o.x;
}
function len(a) {
  return a.length;
}
let arr = [1, 2, 3];
arr.x = 10;
let arr2 = [1.5];
arr2.x = 20;
let o = { x: 1, y: 3 };
let s = 0;
for (let i = 0; i < 12; i++) {
  s += loadX(arr) + loadX(o) + len(arr) + len(arr2);
}
s += loadX(arr2) + len('four');
console.log(s);
