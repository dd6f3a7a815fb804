// new Array(3) is holey; filling every index by assignment keeps it holey (V8 does not check
// whether the holes are gone).
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = new Array(3);
console.log('new Array(3):', kind(a));
a[0] = 1; a[1] = 2; a[2] = 3;
console.log('after a[0..2] = 1..3:', kind(a), JSON.stringify(a));
const b = [];
b[0] = 1; b[1] = 2; b[2] = 3;
console.log('[] then b[0..2] = 1..3:', kind(b));
const c = [];
c.push(1, 2, 3);
console.log('[] then push(1, 2, 3):', kind(c));
const d = new Array(3);
d[0] = 1.5;
console.log('new Array(3), d[0] = 1.5:', kind(d));
