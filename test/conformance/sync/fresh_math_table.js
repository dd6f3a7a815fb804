const xs = [-2.5, -1.5, -0.5, -0, 0, 0.5, 1.5, 2.5, 3.7, -3.7];
console.log('x'.padEnd(6), 'round'.padEnd(6), 'floor'.padEnd(6), 'ceil'.padEnd(6), 'trunc'.padEnd(6), 'sign');
for (const x of xs) {
  console.log(String(x).padEnd(6), String(Math.round(x)).padEnd(6), String(Math.floor(x)).padEnd(6), String(Math.ceil(x)).padEnd(6), String(Math.trunc(x)).padEnd(6), Math.sign(x));
}
console.log(Math.sqrt(2), Math.cbrt(-8), Math.exp(1), Math.log(Math.E), Math.log1p(0), Math.expm1(0));
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.tan(0), Math.asin(1), Math.atan(Infinity), Math.sinh(0));
console.log(Math.pow(2, 10), 2 ** 0.5, Math.pow(-8, 1 / 3), Math.abs(-7.25), Math.hypot(), Math.hypot(3, 4, 12));
console.log(Math.min(3, 1, 2), Math.max(...[]), Math.max(null, -1), Math.min(undefined, 1), Math.fround(0.1), Math.imul(3, 4));
console.log((Math.PI).toFixed(10), Math.PI.toPrecision(20), Math.round(1.005 * 100) / 100, +(1.005).toFixed(2));
