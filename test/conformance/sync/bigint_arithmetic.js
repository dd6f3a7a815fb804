// BigInt arithmetic, comparisons with numbers, conversions and the errors mixing types.
const big = 2n ** 64n;
console.log(big, big - 1n, -big / 3n, 7n / 2n, -7n / 2n, 7n % -2n, (-7n) % 2n);
console.log(typeof big, 10n > 9, 10n == 10, 10n === 10, 2n < 2.5, [3n, 1, 2n].sort());
console.log(BigInt(123), BigInt('0x1f'), BigInt(true), BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n));
console.log(String(5n), 5n + '', Number(5n), parseInt('99n'), (255n).toString(16), 0n ? 'truthy' : 'falsy');
for (const f of [() => 1n + 1, () => BigInt(1.5), () => BigInt('abc'), () => Math.max(1n), () => +1n, () => 1n / 0n]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
console.log(12345678901234567890n * 98765432109876543210n);
console.log(JSON.stringify({ n: Number(2n ** 53n) }), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
