// Once an array is PACKED_DOUBLE, storing integers keeps it double; storing a non-number makes
// it PACKED_ELEMENTS. Replacing every double does not bring back PACKED_SMI.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = [1.5, 2.5];
a[0] = 1;
a[1] = 2;
console.log('doubles replaced by ints:', kind(a), %IsSmi(a[0]));
a.push(3);
console.log('push(3):', kind(a));
a[0] = 'x';
console.log("a[0] = 'x':", kind(a));
a[0] = 1;
console.log('a[0] = 1 again:', kind(a));
const m = [1, 2].map((v) => v * 1.5);
console.log('[1,2].map(v => v * 1.5):', kind(m));
const n = [1.5, 2.5].map((v) => Math.floor(v));
console.log('[1.5,2.5].map(Math.floor):', kind(n));
