// fresh4: a keyed load a[i] in a loop over arrays of each elements kind:
// PACKED_SMI, PACKED_DOUBLE, PACKED_ELEMENTS, HOLEY_SMI, and a string.
// record: ic
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i] ? 1 : 0;
  }
  return s;
}
let smi = [1, 2, 3];
let dbl = [1.5, 2.5, 3.5];
let obj = ['a', {}, 3];
let holey = [1, , 3];
let n = 0;
for (let k = 0; k < 4; k++) {
  n += sum(smi) + sum(dbl) + sum(obj) + sum(holey);
}
n += sum('abc');
console.log(n);
