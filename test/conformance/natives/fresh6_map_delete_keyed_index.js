// Deleting elements does not make the properties slow; deleting a named property does.
let o = { x: 1, 0: 'a', 1: 'b' };
let twin = { x: 2, 0: 'c', 1: 'd' };
delete o[0];
console.log('after delete o[0]', %HasFastProperties(o), %HaveSameMap(o, twin));
let s = Symbol('s');
let p = { x: 1, [s]: 2 };
delete p[s];
console.log('after delete symbol', %HasFastProperties(p));
let q = { x: 1 };
delete q.missing;
console.log('after delete missing', %HasFastProperties(q));
let r = { x: 1, y: 2 };
delete r['y'];
console.log('after delete r["y"]', %HasFastProperties(r));
