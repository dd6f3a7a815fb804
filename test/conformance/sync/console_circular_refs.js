// Circular references in console output: Node marks them with <ref *1> and [Circular *1].
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
const m = new Map();
m.set('me', m);
console.log(m);
const x = {};
const y = { x };
x.y = y;
console.log([x, y]);
