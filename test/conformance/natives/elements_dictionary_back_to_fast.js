// Dictionary elements can become fast again when the array gets dense enough.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const h = [];
h[2000] = 1;
console.log('h[2000] = 1:', kind(h));
for (let i = 0; i < 2000; i++) h[i] = i;
console.log('after filling 0..1999:', kind(h));
const g = [];
g[5000] = 1;
for (let i = 0; i < 100; i++) g[i] = i;
console.log('g[5000], then 0..99:', kind(g));
const s = [];
s[2000] = 1;
s.length = 10;
console.log('h[2000] = 1 then length = 10:', kind(s));
