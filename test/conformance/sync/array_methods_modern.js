// Newer array methods: at, findLast, toSorted, toReversed, with, flatMap, copyWithin, fill.
const a = [5, 1, 4, 2, 3];
console.log(a.at(-1), a.findLast((x) => x > 3), a.findLastIndex((x) => x > 10));
console.log(a.toSorted(), a.toReversed(), a.with(0, 'first'), a.toSpliced(1, 2, 'x'), a);
console.log([[1, 2], [3]].flatMap((x) => x), ['a b', 'c'].flatMap((s) => s.split(' ')));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), new Array(3).fill('z'), [1, 2, 3].fill(0, 1));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), [1, 2, 3].includes(2, 2));
console.log(Array.from('abc', (c) => c.toUpperCase()), Array.from({ length: 3 }), Array.from(new Set('aab')));
console.log([3, 1, 2].sort().reverse(), ['b', 'a', 'C'].sort(), [10, 9, 1, 100].sort());
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2, 3].join(), [null, undefined, 1].join('-'));
console.log([1, 2, 3].some((x) => x > 2), [].every((x) => false), [1, 2, 3].find((x) => x > 5));
console.log([1, 2, 3].reduceRight((acc, x) => acc + x, ''), [[1, 'a'], [2, 'b']].map(([n, s]) => s + n));
console.log(Object.groupBy([1, 2, 3, 4], (n) => (n % 2 ? 'odd' : 'even')));
console.log([1, 2, 3].entries().toArray?.() ?? 'no toArray', Array.prototype.lastIndexOf.call([1, 2, 1], 1));
