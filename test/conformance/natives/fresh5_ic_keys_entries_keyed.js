// Keyed loads o[k] driven by Object.keys, and a global counter on globalThis.
// record: ic
globalThis.total = 0;
function sumValues(o) {
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    total += o[keys[i]];
  }
  return total;
}
const point = { x: 100, y: 200 };
for (let i = 0; i < 11; i++) sumValues(point);
sumValues({ a: 1, b: 2, c: 3 });
console.log(total);
