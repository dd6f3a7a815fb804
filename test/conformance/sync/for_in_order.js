// for-in order: integer keys ascending first, then string keys in insertion order, then inherited ones.
const obj = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'minus', 10: 'ten', '01': 'zero-one', 1.5: 'float' };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(obj).join(' '));

const proto = { inherited: true, 0: 'proto zero', b: 'shadowed' };
const child = Object.create(proto);
child.own = 1;
child[5] = 'five';
child.b = 'own b';
const seen = [];
for (const k in child) seen.push(k);
console.log(seen.join(' '));

const withHidden = { visible: 1 };
Object.defineProperty(withHidden, 'hidden', { value: 2, enumerable: false });
for (const k in withHidden) console.log('enumerable:', k);

const big = { 4294967295: 'not an index', 4294967294: 'largest index', 3: 'three' };
console.log(Object.keys(big).join(' '));

const sym = Symbol('s');
const withSymbol = { [sym]: 1, plain: 2 };
for (const k in withSymbol) console.log('symbols are skipped, got', k);
