// Plain objects have elements too: integer-like keys go to the elements store, not the named
// properties. Objects start with HOLEY_ELEMENTS.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const o = {};
console.log('{}:', kind(o));
o[0] = 1;
console.log('o[0] = 1:', kind(o), %HasFastProperties(o));
o['1'] = 2;
console.log("o['1'] = 2 (string index):", kind(o), Object.keys(o).join(','));
o[1.5] = 3;
console.log('o[1.5] = 3 (not an index):', kind(o), Object.keys(o).join(','));
o[4294967294] = 4;
console.log('o[2**32 - 2] (largest array index):', kind(o));
const p = {};
p[4294967295] = 5;
console.log('o[2**32 - 1] is a named property:', kind(p), %HasFastProperties(p), Object.keys(p).join(','));
const lit = { 0: 'a', 1: 'b', x: 1 };
console.log('{0, 1, x} literal:', kind(lit));
