// Math rounding and other functions with negative numbers and edge cases.
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, -0];
for (const x of xs) {
  console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x));
}
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max('7', 3), Math.min(null, 1));
console.log(Math.abs(-7.5), Math.pow(2, 10), 2 ** 0.5 === Math.SQRT2, Math.sqrt(-1), Math.cbrt(27));
console.log(Math.hypot(3, 4), Math.clz32(1), Math.fround(5.5), Math.fround(5.05), Math.imul(3, 4));
console.log(Math.log10(1000), Math.log2(8), Math.expm1(0), Math.log1p(0), Math.exp(1) === Math.E);
console.log(Math.PI.toFixed(5), Math.sin(0), Math.cos(Math.PI), Math.atan2(1, 1) * 4 === Math.PI);
console.log(Object.prototype.toString.call(Math), typeof Math, Math[Symbol.toStringTag]);
