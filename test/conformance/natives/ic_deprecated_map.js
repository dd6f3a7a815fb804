// record: ic
// A monomorphic load IC whose map is deprecated by a field representation change (o.x = 1.5
// on another object of the same shape).
function getX(o) {
  return o.x;
}
const a = { x: 1 };
const b = { x: 2 };
let r = 0;
for (let i = 0; i < 200; i++) r += getX(a);
b.x = 1.5;
for (let i = 0; i < 200; i++) r += getX(a);
for (let i = 0; i < 200; i++) r += getX(b);
console.log(r);
