const o = { a: 1, b: 2, c: 3 };
const q = { a: 1, b: 2, c: 3 };
delete o.a;
o.d = 4;
console.log(Object.keys(o).join(','), Object.keys(q).join(','));
