// console.log of circular structures.
const a = { name: 'a' };
a.self = a;
console.log(a);
const parent = { name: 'parent', children: [] };
const child = { name: 'child', parent };
parent.children.push(child);
console.log(parent);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { y: {} };
x.y.x = x;
x.y.y = x.y;
console.log(x);
const m = new Map();
m.set('me', m);
console.log(m);
