// How console.log shows iterators and generator objects.
const m = new Map([
  ['a', 1],
  ['b', 2],
]);
const s = new Set(['x', 'y']);
console.log(m.entries(), m.keys(), m.values());
console.log(s.values(), s.entries());
const it = m.keys();
it.next();
console.log(it);
function* g() {
  yield 1;
}
const gen = g();
console.log(gen);
gen.next();
gen.next();
console.log(gen);
console.log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());
console.log('abc'.matchAll(/b/g));
