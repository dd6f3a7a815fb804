// record: ic
// Keyed loads in bounds, then out of bounds, then on a holey array (load modes).
function get(a, i) {
  return a[i];
}
const a = [1, 2, 3];
const holey = [1, , 3];
let r = 0;
for (let i = 0; i < 200; i++) r = get(a, i % 3);
for (let i = 0; i < 200; i++) r = get(a, 3 + (i % 3));
for (let i = 0; i < 200; i++) r = get(holey, i % 3);
console.log(r);
