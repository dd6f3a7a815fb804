// Seed: 003_0e30785ba16da02a.txt, 内存管理 / 垃圾回收 / 循环引用 (o1 and o2 reference each other).
function f() {
  var o1 = {};
  var o2 = {};
  o1.p = o2; // o1 references o2
  o2.p = o1; // o2 references o1. This creates a cycle.
  // Added: return the cycle so it can be printed.
  return o1;
}
f();
const cycle = f();
console.log(cycle.p.p === cycle);
console.log(cycle);
