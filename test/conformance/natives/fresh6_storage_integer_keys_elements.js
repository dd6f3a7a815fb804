// Integer-like keys on plain objects live in elements: elements kinds and dictionary elements of
// ordinary objects; keys beyond the array index range are named properties.
let o = {};
console.log('{}', %HasObjectElements(o), %HasHoleyElements(o), %HasSmiElements(o));
o[0] = 1;
console.log('o[0]', %HasObjectElements(o), %HasHoleyElements(o), %HasDictionaryElements(o));
o[5000] = 2;
console.log('o[5000]', %HasDictionaryElements(o));
let p = {};
p['4294967295'] = 'a';
p['4294967294'] = 'b';
p.x = 'c';
console.log(Object.keys(p).join(','), %HasDictionaryElements(p), %HasFastProperties(p));
let q = { 0: 1.5, 1: 2.5 };
console.log('q', %HasDoubleElements(q), %HasObjectElements(q));
let r = [];
r[0] = 1;
r.name = 'r';
console.log('r', %HasSmiElements(r), %HasFastProperties(r));
let s = { length: 2, 0: 'a', 1: 'b' };
console.log(Array.from(s).join(','), %HasObjectElements(s));
