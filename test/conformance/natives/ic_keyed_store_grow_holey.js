// record: ic
// Keyed stores that append (a growing store), then one that leaves a gap (the array turns
// HOLEY_SMI), then stores into a double array.
function set(a, i, v) {
  a[i] = v;
}
const a = [];
for (let i = 0; i < 40; i++) set(a, i, i);
set(a, 50, 1);
const d = [0.5, 1.5];
for (let i = 0; i < 40; i++) set(d, i % 2, i + 0.5);
console.log(a.length, d[0]);
