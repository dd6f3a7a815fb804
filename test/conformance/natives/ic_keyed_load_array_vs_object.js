// record: ic
// Keyed loads a[i]: on a Smi array, then a double array, then a plain object with
// integer keys, then an object with string keys.
function get(a, i) {
  return a[i];
}
const smi = [1, 2, 3];
const dbl = [1.5, 2.5, 3.5];
const obj = { 0: 'a', 1: 'b', 2: 'c' };
const named = { a: 1, b: 2, c: 3 };
let r;
for (let i = 0; i < 300; i++) r = get(smi, i % 3);
for (let i = 0; i < 300; i++) r = get(dbl, i % 3);
for (let i = 0; i < 300; i++) r = get(obj, i % 3);
for (let i = 0; i < 300; i++) r = get(named, 'abc'[i % 3]);
console.log(r);
