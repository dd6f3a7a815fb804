// Seed: 002_c52e49598bf4ced6.txt, §3.7 内联缓存 and §3.7.1 单态多态与超态 (loadX called 180000 times).
function loadX(o) {
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6 };
for (let i = 0; i < 90000; i++) {
  loadX(o);
  loadX(o1);
}
// Added: results for the monomorphic and the polymorphic case.
let o2 = { x: 3, y: 6, z: 4 };
let sum = 0;
for (let i = 0; i < 90000; i++) {
  sum += loadX(o) + loadX(o2);
}
console.log(loadX(o), loadX(o1), loadX(o2), sum);
function foo() {}
function storeAndLoad(o) {
  o.y = 4;
  foo();
  return o.x;
}
console.log(storeAndLoad({ x: 1, y: 4 }));
