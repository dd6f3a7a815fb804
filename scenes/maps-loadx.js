function loadX(o) {
  return o.x;
}
const s0 = { x: 1 };
const s1 = { x: 2, a: 0 };
const s2 = { x: 3, b: 0 };
const s3 = { x: 4, c: 0 };
const s4 = { x: 5, d: 0 };
const s5 = { x: 6, e: 0 };
let sum = 0;
for (let round = 0; round < 3; round++) {
  sum += loadX(s0);
  sum += loadX(s1);
  sum += loadX(s2);
  sum += loadX(s3);
  sum += loadX(s4);
  sum += loadX(s5);
}
console.log('sum:', sum);
