// BigInt arithmetic and its rules.
const big = 2n ** 64n;
console.log(big, typeof big, String(big), big.toString(16));
console.log(7n / 2n, -7n / 2n, 7n % 2n, -7n % 2n, 10n - 20n);
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt('0x1f'), BigInt('  123  '), BigInt(true));
console.log(1n == 1, 1n === 1, 2n > 1, 0n ? 'truthy' : 'falsy', !0n, 1n + '');
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), Number(2n ** 60n), parseInt('99999999999999999999'));
try {
  1n + 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Math.max(1n);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  BigInt('1.5');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  +1n;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  JSON.stringify({ n: 1n });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log([3n, 1n, 2n].sort().join(), [10n, 9n].sort((a, b) => (a < b ? -1 : 1)).join());
