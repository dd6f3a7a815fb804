// A store far beyond the end turns the elements into a NumberDictionary (DICTIONARY_ELEMENTS).
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const h = [];
h[1e6] = 1;
console.log('h[1e6] = 1:', kind(h), h.length);
const a = [1, 2, 3];
a[100000] = 4;
console.log('[1,2,3], a[100000] = 4:', kind(a));
const o = {};
o[1e6] = 1;
console.log('{} with o[1e6] = 1:', kind(o), %HasFastProperties(o));
const n = new Array(1e6);
console.log('new Array(1e6):', kind(n));
const big = new Array(100000);
console.log('new Array(100000):', kind(big));
const l = [];
l.length = 1e6;
console.log('[] with length = 1e6:', kind(l));
