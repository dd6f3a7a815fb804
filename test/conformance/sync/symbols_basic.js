// Symbols: uniqueness, descriptions, registry, symbol-keyed properties.
const a = Symbol('id');
const b = Symbol('id');
console.log(a === b, typeof a, a.toString(), a.description, Symbol().description, String(Symbol('x')));
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(a));
const obj = { [a]: 'symbol value', regular: 1 };
obj[b] = 'another';
console.log(Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).length, obj[a]);
for (const k in obj) console.log('for-in key', k);
console.log(Reflect.ownKeys(obj).map((k) => k.toString()));
try {
  new Symbol();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  `${a}`;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object(a) instanceof Symbol, typeof Object(a), Object(a) == a);
