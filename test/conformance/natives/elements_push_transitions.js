// [1,2,3] -> push(4.56) -> push('x'): PACKED_SMI -> PACKED_DOUBLE -> PACKED_ELEMENTS. Removing
// the values again never goes back to a more specific kind.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = [1, 2, 3];
console.log('[1, 2, 3]      ', kind(a));
a.push(4.56);
console.log("push(4.56)     ", kind(a));
a.push('x');
console.log("push('x')      ", kind(a));
a.pop();
console.log('pop()          ', kind(a), JSON.stringify(a));
a.pop();
console.log('pop()          ', kind(a), JSON.stringify(a));
a.length = 0;
console.log('length = 0     ', kind(a));
a.push(1);
console.log('push(1)        ', kind(a));
const b = [1, 2, 3];
b.push('x');
console.log("[1,2,3] push('x') directly:", kind(b));
