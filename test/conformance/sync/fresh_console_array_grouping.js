// Node groups long arrays of short items into aligned columns.
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 40 }, (_, i) => i * i));
console.log(Array.from({ length: 12 }, (_, i) => -i * 1.5));
console.log(Array.from({ length: 20 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 15 }, (_, i) => i % 2 ? 'a' : 'bbbbbbbb'));
console.log(Array.from({ length: 8 }, (_, i) => [i, i + 1]));
console.log(Array.from({ length: 9 }, (_, i) => ({ i })));
console.log(Array.from({ length: 30 }, (_, i) => i % 3 === 0 ? null : i % 3 === 1 ? true : undefined));
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888]);
console.log(Array.from({ length: 101 }, (_, i) => i % 10));
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [1, 2, 3, 4, 5, 6]);
console.log({ nested: Array.from({ length: 10 }, (_, i) => i * 100) });
console.log(Array.from({ length: 7 }, (_, i) => 10n ** BigInt(i)));
