// Seed: 002_c52e49598bf4ced6.txt, 3.7 内联缓存 and 3.7.1 单态多态与超态
// record: ic
// The notes' loadX with o.y = 4, foo() and o.x, fed three shapes: the store and the load slot
// each go monomorphic, then polymorphic.
function foo() {}
function loadX(o) {
  o.y = 4;
  foo();
  return o.x;
}
let o = { x: 1, y: 3 };
let o1 = { x: 3, y: 6, z: 4 };
let o2 = { y: 0, x: 5 };
for (let i = 0; i < 20; i++) {
  loadX(o);
}
loadX(o1);
loadX(o2);
loadX(o);
console.log('done', loadX(o2));
