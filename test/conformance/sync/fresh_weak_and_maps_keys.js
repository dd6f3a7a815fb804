const cache = new WeakMap();
function compute(obj) {
  if (cache.has(obj)) return 'cached ' + cache.get(obj);
  const v = Object.keys(obj).length;
  cache.set(obj, v);
  return 'computed ' + v;
}
const k1 = { a: 1, b: 2 }, k2 = { c: 3 };
console.log(compute(k1), compute(k1), compute(k2), cache.has(k2), cache.get({}));
try { cache.set('str', 1); } catch (e) { console.log(e.constructor.name, e.message); }
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.has(k2), ws.delete(k1), ws.has(k1));
console.log(new WeakMap([[k1, 'only entry']]), ws); // one entry: a weak collection's order is its hash table's
const m = new Map();
m.set(NaN, 'nan').set(0, 'zero').set(-0, 'negzero').set('0', 'string');
console.log(m, m.get(NaN), m.size);
const objKey = {};
m.set(objKey, 'obj');
console.log(m.get(objKey), m.get({}), [...m.keys()].length);
const s = new Set('mississippi');
console.log(s, [...s].join(''), s.size);
