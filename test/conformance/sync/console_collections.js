// console.log of Map, Set, WeakMap and nested collections.
console.log(new Map([['k', 1]]));
console.log(new Map([[{ a: 1 }, [1, 2]], ['s', new Set([1])]]));
console.log(new Set([1, 2]));
console.log(new Set(['a', { b: 2 }, [3]]));
console.log(new Map(), new Set());
console.log({ m: new Map([[1, 2]]), s: new Set(['x']) });
console.log([new Map([['nested', true]])]);
console.log(new WeakMap(), new WeakSet());
const big = new Map();
for (let i = 0; i < 8; i++) big.set('key' + i, i);
console.log(big);
console.log(new Set('abcdefghij'));
console.log(new Map([['a', 1]]).entries(), new Set([5]).values());
