// record: ic
// One keyed load site a[i] fed arrays of different elements kinds: PACKED_SMI, then HOLEY_SMI
// (a more general kind of the same shape: stays monomorphic), PACKED_DOUBLE, PACKED_ELEMENTS,
// then a fifth and sixth kind/shape.
function get(a, i) {
  return a[i];
}
const kinds = [[1, 2, 3], [1, , 3], [1.5, 2.5, 3.5], ['a', 'b', 'c'], [{}, {}, {}], new Array(3).fill(1.5)];
let r;
for (const a of kinds) {
  for (let i = 0; i < 50; i++) r = get(a, i % 3);
}
console.log(r);
