// Symbol.for shares symbols through a registry; symbol keys are skipped by keys, for-in and JSON.
const a = Symbol.for('app.id');
const b = Symbol.for('app.id');
const local = Symbol('app.id');
console.log(a === b, a === local, Symbol.keyFor(a), Symbol.keyFor(local), a.description);
const obj = { [a]: 1, [local]: 2, visible: 3 };
console.log(Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).map(String));
for (const k in obj) console.log('for-in', k);
console.log(Reflect.ownKeys(obj).map((k) => (typeof k === 'symbol' ? k.toString() : k)));
console.log(typeof a, typeof Object(a), Object(a) instanceof Symbol, Object(a) == a);
try {
  new Symbol();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  `${local}`;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(String(local), local.toString(), Symbol.iterator.description, Symbol('x') == Symbol('x'));
