// Object and array destructuring in a hot function: named loads and the array iterator.
// record: ic
function len({ x, y }) {
  return x * x + y * y;
}
function first([a, b]) {
  return a + b;
}
let s = 0;
for (let i = 0; i < 12; i++) {
  s += len({ x: i, y: 1 });
  s += first([i, 2]);
}
s += len({ y: 1, x: 2 });
console.log(s);
