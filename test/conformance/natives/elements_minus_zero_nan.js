// -0 and NaN are not Smis: a literal containing them is a double array, and so is a Smi array
// after storing one. Infinity too.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

console.log('[1, -0]       ', kind([1, -0]));
console.log('[1, NaN]      ', kind([1, NaN]));
console.log('[1, Infinity] ', kind([1, Infinity]));
console.log('[1, 0]        ', kind([1, 0]));
const a = [1, 2, 3];
a[0] = -0;
console.log('[1,2,3] then a[0] = -0:', kind(a));
const b = [1, 2, 3];
b[1] = NaN;
console.log('[1,2,3] then b[1] = NaN:', kind(b));
const c = [1, 2, 3];
c[2] = 0 * -1;
console.log('[1,2,3] then c[2] = 0 * -1:', kind(c), Object.is(c[2], -0));
