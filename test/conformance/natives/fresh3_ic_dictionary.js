// record: ic
// Loads and stores on dictionary-mode objects: after delete and from Object.create(null).
function getA(o) {
  return o.a;
}
function setB(o, v) {
  o.b = v;
}
let objs = [];
for (let i = 0; i < 12; i++) {
  let o = { a: i, c: 0 };
  delete o.c;
  objs.push(o);
}
let n = Object.create(null);
n.a = 'n';
objs.push(n);
let s = 0;
for (const o of objs) {
  getA(o);
  setB(o, 1);
}
console.log(getA(n), objs[0].b);
