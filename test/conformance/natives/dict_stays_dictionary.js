// A dictionary-mode object stays one: adding, reading and overwriting properties does not
// bring it back to fast mode.
const o = { a: 1, b: 2, c: 3 };
delete o.a;
console.log('after delete: fast', %HasFastProperties(o));
o.d = 4;
o.b = 20;
for (let i = 0; i < 100; i++) o.b += o.c;
console.log('after adds and loads: fast', %HasFastProperties(o));
const copy = { ...o };
console.log('spread copy: fast', %HasFastProperties(copy));
const assigned = Object.assign({}, o);
console.log('Object.assign copy: fast', %HasFastProperties(assigned));
console.log('copies share a map:', %HaveSameMap(copy, assigned));
