// record: ic
// Keyed stores a[i] = v: in bounds, appending (growing), then storing a double into a Smi array
// (an elements-kind transition), then a string.
function set(a, i, v) {
  a[i] = v;
}
const a = [1, 2, 3];
for (let i = 0; i < 200; i++) set(a, i % 3, i);
const grow = [];
for (let i = 0; i < 200; i++) set(grow, i, i);
const b = [1, 2, 3];
for (let i = 0; i < 200; i++) set(b, i % 3, i + 0.5);
const c = [1, 2, 3];
for (let i = 0; i < 200; i++) set(c, i % 3, 'x');
console.log(a.length, grow.length, b[0], c[0]);
