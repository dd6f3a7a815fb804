// Elements kinds of array literals (kind() reads them with %HasSmiElements, %HasDoubleElements,
// %HasObjectElements, %HasHoleyElements, %HasDictionaryElements).
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

console.log('[1, 2, 3]        ', kind([1, 2, 3]));
console.log('[1.5, 2]         ', kind([1.5, 2]));
console.log('[1, "a"]         ', kind([1, 'a']));
console.log('["a", "b"]       ', kind(['a', 'b']));
console.log('[{}, []]         ', kind([{}, []]));
console.log('[1, , 3]         ', kind([1, , 3]));
console.log('[1.5, , 3]       ', kind([1.5, , 3]));
console.log('["a", , "c"]     ', kind(['a', , 'c']));
console.log('[]               ', kind([]));
console.log('[, ]             ', kind([, ]));
console.log('[1, 2 ** 31]     ', kind([1, 2 ** 31]));
console.log('[1, 2 ** 31 - 1] ', kind([1, 2 ** 31 - 1]));
console.log('[undefined]      ', kind([undefined]));
console.log('[null, 1]        ', kind([null, 1]));
console.log('[true]           ', kind([true]));
