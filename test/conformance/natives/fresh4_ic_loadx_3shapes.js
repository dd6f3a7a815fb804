// fresh4: loadX (3.7.1) with o, o1 (extra z) and o2 (x last): polymorphic with 3 maps,
// then a fourth and fifth shape added later push it megamorphic.
// record: ic
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6, z: 4 };
let o2 = { y: 2, x: 8 };
let total = 0;
for (let i = 0; i < 15; i++) {
  total += loadX(o) + loadX(o1) + loadX(o2);
}
let o3 = { x: 1, a: 1 };
let o4 = { x: 1, b: 1 };
for (let i = 0; i < 3; i++) {
  total += loadX(o3) + loadX(o4);
}
console.log(total);
