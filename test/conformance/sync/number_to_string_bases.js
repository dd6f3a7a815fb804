// Converting numbers to strings in other bases and back, and formatting with padding.
const n = 255;
console.log(n.toString(2).padStart(16, '0'), n.toString(8), n.toString(16).toUpperCase(), n.toString(36));
console.log(parseInt('11111111', 2), parseInt('377', 8), parseInt('FF', 16), Number('0b11111111'), Number('0xff'));
const rgb = [255, 128, 0];
console.log('#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join(''));
console.log((0.1).toString(2).length, (-7.25).toString(2), (1e21).toString(16), (2 ** 60).toString(2).length);
console.log((12345.6789).toFixed(1), (12345.6789).toPrecision(3), (12345.6789).toExponential(2), (0.000123).toExponential());
console.log((1234567.891).toLocaleString('en-US'), (0.5).toLocaleString(), (1e21).toLocaleString());
console.log(Number.parseInt('  42abc'), Number.parseFloat('  4.2e1xyz'), (42).toString().split('').reverse().join(''));
try {
  (10).toString(1);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
