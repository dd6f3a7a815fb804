// The exponent operator and Math.pow.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 2, (-2) ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, (-8) ** (1 / 3), 10 ** 21, 10 ** -7);
console.log(Math.pow(2, 10) === 2 ** 10, Math.pow(4, 0.5), Math.pow(-1, 0.5));
let x = 3;
x **= 2;
console.log(x, 2n ** 64n, (-2n) ** 3n);
try {
  2n ** -1n;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(-(2 ** 2), (-2) ** 2);
