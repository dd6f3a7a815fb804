// toFixed, toPrecision, toExponential, toString(radix).
const x = 1234.5678;
console.log(x.toFixed(), x.toFixed(1), x.toFixed(2), x.toFixed(6));
console.log((0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1.005).toFixed(2), (1.45).toFixed(1), (-1.5).toFixed(0));
console.log((1e21).toFixed(2), (0).toFixed(2), (-0).toFixed(2), (0.000001).toFixed(7));
console.log(x.toPrecision(1), x.toPrecision(2), x.toPrecision(4), x.toPrecision(8), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log(x.toExponential(), x.toExponential(2), (0).toExponential(1), (1e-10).toExponential(3));
console.log((255).toString(16), (255).toString(2), (255).toString(36), (-255).toString(16), (0.5).toString(2), (3.75).toString(16));
console.log((35).toString(36), (1e21).toString(36), (0.1).toString(3));
console.log(Number('0b1010'), Number('0o17'), Number('0xff'), parseInt('ff', 16), parseInt('z', 36), parseInt('1010', 2));
try {
  (1).toString(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  x.toFixed(-1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  x.toPrecision(0);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
