// Seed: 002_c52e49598bf4ced6.txt, 3.6.5 最佳实践 (尽量避免使用 delete 方法)
// Deleting from an object with many properties: any delete normalizes it; properties added
// afterwards stay in the dictionary, and the object's keys keep their order.
let o = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
delete o.c;
console.log('delete o.c: fast', %HasFastProperties(o), Object.keys(o).join(','));
o.c = 33;
o.g = 7;
console.log('re-add c, add g: fast', %HasFastProperties(o), Object.keys(o).join(','));
let p = {};
for (let i = 0; i < 8; i++) p['k' + i] = i;
console.log('{} + 8 keyed: fast', %HasFastProperties(p));
delete p.k0;
console.log('delete first: fast', %HasFastProperties(p), Object.keys(p).join(','));
let q = { a: 1 };
q.b = 2;
console.log('q fast', %HasFastProperties(q));
delete q['b'];
console.log('delete q["b"]: fast', %HasFastProperties(q));
let r = [1, 2, 3];
r.name = 'r';
delete r.name;
console.log('array after delete named: fast', %HasFastProperties(r), 'smi', %HasSmiElements(r));
