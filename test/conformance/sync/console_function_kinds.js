// console.log of every kind of function: declarations, arrows, async, generators, classes, natives.
function declared(a, b) {
  return a + b;
}
const arrow = (x) => x * 2;
async function fetchIt() {}
function* gen() {}
async function* agen() {}
class Plain {}
class Child extends Plain {}
const anon = function () {};
const obj = { method() {}, get g() { return 1; } };
console.log(declared, arrow, fetchIt);
console.log(gen, agen);
console.log(Plain, Child);
console.log(anon, obj.method, Math.max, Array.prototype.push);
console.log([declared, arrow, Plain], { fn: declared, cls: Child });
console.log(Object.assign(function withProps() {}, { extra: 1 }));
console.log(Symbol, Object, Function.prototype);
console.log(String(arrow), String(Plain), `${Math.min}`);
