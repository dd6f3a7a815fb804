// record: ic
// A store IC for o.v on six shapes (the property already exists on all of them).
function setV(o, v) {
  o.v = v;
}
const s0 = { v: 0 };
const s1 = { v: 0, a: 0 };
const s2 = { v: 0, b: 0 };
const s3 = { v: 0, c: 0 };
const s4 = { v: 0, d: 0 };
const s5 = { v: 0, e: 0 };
for (let i = 0; i < 200; i++) {
  setV(s0, i); setV(s1, i); setV(s2, i); setV(s3, i); setV(s4, i); setV(s5, i);
}
console.log(s0.v + s1.v + s2.v + s3.v + s4.v + s5.v);
