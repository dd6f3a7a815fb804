// Map: any keys, insertion order, size, iteration.
const m = new Map();
const objKey = { id: 1 };
m.set('a', 1).set(1, 'number one').set('1', 'string one').set(objKey, 'object').set(NaN, 'nan');
console.log(m.size, m.get(1), m.get('1'), m.get(objKey), m.get({ id: 1 }), m.get(NaN), m.has('a'), m.get('missing'));
m.set('a', 'replaced keeps position');
m.delete(1);
m.set(1, 'appended at the end');
console.log([...m.keys()].map(String));
for (const [k, v] of m) console.log(typeof k, v);
m.forEach((v, k, map) => console.log('forEach', String(k), map === m));
console.log([...m.entries()].length, [...m.values()][0]);
const fromPairs = new Map(Object.entries({ x: 1, y: 2 }));
console.log(Object.fromEntries(fromPairs), fromPairs.size);
m.clear();
console.log(m.size);
console.log(Map.groupBy(['ant', 'bee', 'ape'], (w) => w[0]).get('a'));
try {
  new Map([1, 2]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
