// How V8 names a class literal in "is not a function" messages: one "(intermediate value)" per
// extends clause, method, accessor and private field (public fields and static blocks do not count).
const cases = [
  () => (class {}).x(),
  () => (class A { m() {} n() {} }).x(),
  () => (class A { #x; static m() {} }).x(),
  () => (class A extends Object { m() {} }).x(),
  () => (class A { get g() { return 1; } set g(v) {} }).x(),
  () => (class A { y = 1; z = 2; static {} }).x(),
  () => (class A { constructor() {} ['k']() {} }).x(),
  () => (class A { #a; #b; #c() {} }).x(),
  () => new (class A { #x; static check(o) { return o.#x; } }).constructor.check({}),
  () => (class B {}).prototype.missing.call(),
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
function sw(x) { switch (x) { case 0: let m = 'zero'; case 1: return m; default: return typeof x; } }
for (const x of [0, 1, 'd']) {
  try { console.log(sw(x)); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
