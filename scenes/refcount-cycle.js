// Run with reference counting (--gc=refcount): an object is freed when nothing refers to it.
function chain() {
  var o1 = {};
  var o2 = {};
  o1.p = o2;       // o1 → o2: no cycle
}
function cycle() {
  var o1 = {};
  var o2 = {};
  o1.p = o2;
  o2.p = o1;       // o1 ⇄ o2: each keeps the other's count at 1
}
for (let i = 0; i < 20; i++) {
  chain();
  cycle();
}
console.log('done');
