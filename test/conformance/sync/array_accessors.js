// Non-mutating array methods: slice, concat, join, indexOf, includes, at.
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(3, 1), a.slice(-10));
console.log(a.concat([1, 2], 3, [[4]]), [].concat(1, [2], [[3]]));
console.log(a.join(), a.join(''), a.join(' - '), [null, undefined, 1].join('|'), [[1, 2], [3]].join(';'));
console.log(a.indexOf('c'), a.indexOf('z'), a.lastIndexOf('a'), [1, 2, 1].lastIndexOf(1), a.indexOf('a', 1));
console.log(a.includes('e'), [NaN].includes(NaN), [NaN].indexOf(NaN), [1, 2, 3].includes(2, 2));
console.log(a.at(0), a.at(-1), a.at(10), a.at(-10));
console.log(String(a), a.toString(), [1, [2, [3]]].toString());
console.log(Array.prototype.slice.call({ length: 2, 0: 'x', 1: 'y' }));
console.log(a);
