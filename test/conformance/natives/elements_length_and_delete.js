// length changes and delete on arrays: which kind results, and when the elements become a
// dictionary.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = [1, 2, 3];
a.length = 0;
console.log('length = 0      ', kind(a));
a.push(1);
console.log('then push(1)    ', kind(a));
const b = [1, 2, 3];
b.length = 10;
console.log('length = 10     ', kind(b));
const c = [1, 2, 3];
delete c[2];
console.log('delete last     ', kind(c), c.length);
const d = [];
d.length = 40000000;
console.log('length = 4e7    ', kind(d));
const e = new Array(40000000);
console.log('new Array(4e7)  ', kind(e));
const f = [1, 2, 3];
f[10000] = 4;
console.log('f[10000] = 4    ', kind(f));
const g = { 0: 'a', 1: 'b' };
g[3000] = 'c';
console.log('object [3000]   ', kind(g));
