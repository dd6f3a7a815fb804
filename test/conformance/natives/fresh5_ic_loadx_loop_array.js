// The notes' loadX over an array of points built in a loop, then over factory-made points
// with another property order.
// Seed: 002_c52e49598bf4ced6.txt, 3.7
// record: ic
function loadX(o) {
  return o.x;
}
const list = [];
for (let i = 0; i < 4; i++) list.push({ x: i, y: i * 3 });
function makeP(x) { return { y: 0, x: x }; }
let sum = 0;
for (let r = 0; r < 15; r++) {
  for (const o of list) sum += loadX(o);
}
for (let r = 0; r < 3; r++) sum += loadX(makeP(r));
console.log(sum);
