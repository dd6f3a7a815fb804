// Global functions: isNaN vs Number.isNaN, parseInt's radix, URI encoding, and eval of expressions.
console.log(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), Number.isNaN(NaN), isNaN('12'));
console.log(parseInt('42px'), parseInt('px42'), parseInt('  -17  '), parseInt('1e3'), parseInt(0.0000005));
console.log(parseInt('ff', 16), parseInt('777', 8), parseInt('2', 2), parseInt('10', 37), parseInt('10', 0));
console.log(['1', '2', '3'].map(parseInt), ['1', '2', '3'].map(Number));
console.log(encodeURIComponent('a+b c/d?'), decodeURIComponent('a%2Bb%20c'), encodeURI('http://x.y/a b'));
try {
  decodeURIComponent('%');
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(eval('1 + 2 * 3'), eval('[1, 2].length'), typeof eval, (0, eval)('typeof globalThis'));
console.log(isFinite(Infinity), isFinite('5'), Number.isFinite('5'), parseFloat('1.5e3kg'));
