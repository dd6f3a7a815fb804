// for-in visits own then inherited enumerable keys, skipping shadowed and non-enumerable ones.
const grand = { g1: 1, shared: 'grand' };
const parent = Object.create(grand);
parent.p1 = 2;
parent.shared = 'parent';
const child = Object.create(parent);
child.c1 = 3;
child[2] = 'two';
child[1] = 'one';
Object.defineProperty(child, 'hidden', { value: 4, enumerable: false });
const keys = [];
for (const k in child) keys.push(k);
console.log(keys);
const own = [];
for (const k in child) if (Object.hasOwn(child, k)) own.push(k);
console.log(own, Object.keys(child));
const mutating = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in mutating) {
  seen.push(k);
  delete mutating.b;
  mutating.d = 4;
}
console.log(seen);
for (const k in 'abc') console.log('string index', k, typeof k);
for (const k in null) console.log('never');
const arr = [10, 20];
arr.extra = true;
Array.prototype.bad = 'inherited';
const arrKeys = [];
for (const k in arr) arrKeys.push(k);
delete Array.prototype.bad;
console.log(arrKeys);
