// Ways to make an array holey: write past the end, delete an element, grow length.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const b = [1, 2, 3];
b[5] = 4;
console.log('b[5] = 4 on length 3:', kind(b), b.length);
const c = [1, 2, 3];
c[3] = 4;
console.log('c[3] = 4 (append at length):', kind(c));
const m = [1, 2, 3];
delete m[1];
console.log('delete m[1]:', kind(m), 1 in m);
const l = [1, 2, 3];
l.length = 10;
console.log('length = 10:', kind(l));
const s = [1, 2, 3];
s.length = 1;
console.log('length = 1 (shrink):', kind(s));
const sp = [1, 2, 3];
sp.splice(1, 1);
console.log('splice(1, 1):', kind(sp), JSON.stringify(sp));
const d = [1.5, 2.5, 3.5];
delete d[0];
console.log('delete on a double array:', kind(d));
