// Less common operators: comma, void, in, delete, exponent associativity, typeof precedence.
let x = (1, 2, 3);
console.log(x, void 0, void 'anything', typeof typeof 1);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, 2 ** -1);
console.log('length' in [], 0 in [1], 1 in [1], 'a' in { a: undefined });
const o = { p: 1 };
console.log(delete o.p, delete o.p, delete o.missing, o);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == '1', null >= 0, null > 0, null == 0, undefined == null);
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, -0 % 5, 2 ** 53 + 1);
console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >> 28, ~5, 5 & 3, 5 | 3, 5 ^ 3);
let i = 0;
const arr = [i++, i++, ++i, i--, i];
console.log(arr, i);
console.log(!!'0', !!'', +true, -'3', +'-0', typeof -'x', typeof null, typeof undefined, typeof NaN);
console.log('b' > 'a', 'B' > 'a', '10' < '9', 10 < 9, '10' < 9);
