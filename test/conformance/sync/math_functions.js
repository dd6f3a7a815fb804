// Math: rounding, min/max, powers, trigonometry (values exact in IEEE doubles).
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.4), Math.round(-0.5), Math.round(0.49999999999999994));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.sign(-3), Math.sign(0), Math.abs(-7.5));
console.log(Math.max(), Math.min(), Math.max(1, 'x'), Math.max(1, '5'), Math.min(null, 1), Math.max(...[4, 9, 2]));
console.log(Math.sqrt(16), Math.cbrt(27), Math.hypot(3, 4), Math.pow(2, 0.5) === Math.SQRT2, Math.sqrt(-4));
console.log(Math.PI, Math.E, Math.LN2, Math.LOG10E, Math.SQRT1_2);
console.log(Math.sin(0), Math.cos(0), Math.atan2(1, 1) === Math.PI / 4, Math.log(1), Math.log2(8), Math.log10(1000), Math.exp(0));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.imul(3, 4), Math.imul(0xffffffff, 5));
console.log(Math.floor(7 / 2), 7 % 2, -7 % 2, 7 % -2, 5.5 % 2, -0 % 5);
console.log(typeof Math.random(), Object.prototype.toString.call(Math), Math.toString());
