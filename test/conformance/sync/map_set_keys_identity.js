// Map and Set compare keys with SameValueZero: objects by identity, NaN equal to NaN, -0 as 0.
const m = new Map();
const k1 = { id: 1 };
m.set(k1, 'first').set({ id: 1 }, 'second').set(NaN, 'nan').set(-0, 'zero').set('1', 'string one').set(1, 'number one');
console.log(m.size, m.get(k1), m.get({ id: 1 }), m.get(NaN), m.get(0), m.get('1'), m.get(1));
console.log([...m.keys()]);
m.delete(k1);
m.set(k1, 'readded');
console.log([...m.values()]);
const s = new Set([1, '1', 1, NaN, NaN, 0, -0, [], []]);
console.log(s.size, [...s]);
const counts = new Map();
for (const w of 'the cat and the hat and the bat'.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 2), Object.fromEntries(counts));
const union = new Set([...new Set([1, 2]), ...new Set([2, 3])]);
console.log(union, new Set([1, 2, 3]).intersection(new Set([2, 3, 4])));
m.forEach((v, k, map) => {
  if (typeof k === 'string') console.log('forEach', k, v, map === m);
});
console.log(new Map([[1, 'a']]).get('1'), new Set('hello').size, Map.groupBy([1, 2, 3], (x) => x % 2).get(1));
