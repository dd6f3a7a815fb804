// Set: unique values in insertion order, and the set algebra methods.
const s = new Set([3, 1, 3, 2, 1]);
console.log(s.size, [...s], s.has(2), s.has('2'));
s.add(1).add(4);
s.delete(3);
console.log([...s]);
const a = new Set([1, 2, 3]);
const b = new Set([2, 3, 4]);
console.log([...a.union(b)], [...a.intersection(b)], [...a.difference(b)], [...a.symmetricDifference(b)]);
console.log(a.isSubsetOf(new Set([1, 2, 3, 4])), a.isSupersetOf(new Set([1])), a.isDisjointFrom(new Set([9])));
console.log([...new Set('mississippi')].join(''), new Set([NaN, NaN, 0, -0]).size);
const objs = new Set([{}, {}]);
console.log(objs.size);
for (const [k, v] of new Set(['x']).entries()) console.log(k, v);
s.forEach((v, k) => console.log('forEach', v, k));
console.log([...new Set([1, 2, 3])].filter((x) => x > 1));
