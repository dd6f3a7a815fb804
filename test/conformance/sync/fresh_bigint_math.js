const big = 2n ** 64n;
console.log(big, big.toString(), typeof big, big * big, -big / 3n, big % 7n);
console.log(10n / 3n, -7n / 2n, 7n % -2n, 2n ** 0n, BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(BigInt('0x1f'), BigInt('  123  '), BigInt(true), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, [3n, 1, 2n, -1].sort(), 0n ? 'truthy' : 'falsy');
console.log([1n, 2n], { n: 10n }, new Map([[1n, 2n]]), String(5n), `${6n}`, 7n + '');
console.log((255n).toString(16), (255n).toString(2), BigInt(1e21), Number(123n), parseInt('9n'));
try { BigInt('1.5'); } catch (e) { console.log(e.name, e.message); }
try { 1n / 0n; } catch (e) { console.log(e.name, e.message); }
try { Math.max(1n); } catch (e) { console.log(e.name, e.message); }
try { +1n; } catch (e) { console.log(e.name, e.message); }
console.log(-(-3n), ~5n, 5n << 2n, -16n >> 2n, 6n & 3n, 6n | 3n, 6n ^ 3n);
