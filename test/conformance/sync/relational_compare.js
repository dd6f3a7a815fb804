// Relational comparisons: numeric versus string comparison, null/undefined, NaN.
console.log(2 > 12, '2' > '12', '2' > 12, 'a' < 'b', 'B' < 'a', 'apple' < 'apricot', 'Z' < 'a');
console.log(null >= 0, null <= 0, null < 1, undefined >= 0, undefined < 1);
console.log(NaN < 1, NaN >= 1, NaN == NaN);
console.log('10' < '9', 10 < 9, '10' < 9, 'abc' < 'abcd', '' < 'a');
console.log([2] > 1, [1, 2] > 1, ({}) > 1, true > false, '' < 1);
console.log(1n < 2, 2n > 1.5, 1n == 1, '1' == 1n, 9007199254740993n > 9007199254740992);
console.log(-0 < 0, -0 === 0, Infinity > 1e308, -Infinity < -1e308);
console.log('ä' > 'z', 'é'.localeCompare('z'));
