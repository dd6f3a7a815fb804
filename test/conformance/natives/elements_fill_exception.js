// The one way back: Array.prototype.fill over the whole of a holey array leaves it packed.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = new Array(3).fill(0);
console.log('new Array(3).fill(0):   ', kind(a));
console.log('new Array(3).fill(1.5): ', kind(new Array(3).fill(1.5)));
console.log("new Array(3).fill('a'): ", kind(new Array(3).fill('a')));
const part = new Array(5);
part.fill(0, 0, 3);
console.log('new Array(5).fill(0, 0, 3):', kind(part));
const lit = [1, , 3];
lit.fill(7);
console.log('[1, , 3].fill(7):', kind(lit));
const del = [1, 2, 3];
delete del[1];
console.log('after delete:', kind(del));
del.fill(9);
console.log('then fill(9):', kind(del));
const assign = new Array(3);
for (let i = 0; i < 3; i++) assign[i] = 0;
console.log('new Array(3) filled by a loop:', kind(assign));
