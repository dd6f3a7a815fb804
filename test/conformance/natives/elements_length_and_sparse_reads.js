// Reading holes and out-of-bounds indices does not change the kind; writing does.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = [1, 2, 3];
const r1 = a[10];
const r2 = a[-1];
console.log('after reading a[10], a[-1]:', kind(a), r1, r2);
a[-1] = 5;
console.log('a[-1] = 5 (a named property):', kind(a), %HasFastProperties(a));
const b = [1, , 3];
const hole = b[1];
console.log('after reading the hole:', kind(b), hole);
b[1] = 2;
console.log('after filling the hole:', kind(b));
