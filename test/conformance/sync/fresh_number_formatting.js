const nums = [0, -0, 1, -1.5, 0.1, 123.456, 1e21, 1e-7, 123456789012345680000, 2 ** 53, 2 ** 53 + 1, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1 / 3, 5e-324, 0.000001, 1234.5678];
for (const n of nums) {
  console.log(String(n), n.toFixed(2), n.toPrecision(4), n.toExponential(3), n.toString(16).slice(0, 20));
}
console.log((255).toString(2), (255).toString(36), (-255).toString(16), (0.5).toString(2), (3.75).toString(8));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (2.5).toFixed(0), (-2.5).toFixed(0), (1e21).toFixed(2));
console.log((123.456).toFixed(10), (0).toPrecision(1), (0.00001234).toPrecision(2), (123456).toPrecision(2));
console.log(Number.parseFloat('3.14abc'), Number.parseInt('ff', 16), parseInt('0x10'), parseInt('10', 36), parseInt(''), parseInt('  -7.9'));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isFinite('5'), isFinite('5'), isNaN('x'), Number.isNaN('x'));
console.log(0.1 + 0.2, 0.1 * 3, 9007199254740993, 1.0, 100 / 3, -1e-7, 1e300 * 1e10, -1 / 0);
console.log((12345.6789).toLocaleString ? typeof (1).toLocaleString() : 'none');
console.log(Number('1_000'), 1_000_000, 0b1010, 0o777, 0xff, .5, 5., 0.1e2);
console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.trunc(-4.7), Math.sign(-3), Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Math.min(0, -0));
