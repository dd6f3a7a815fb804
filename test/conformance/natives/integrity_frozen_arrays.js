// Frozen and sealed arrays have their own elements kinds (PACKED_FROZEN_ELEMENTS, …); what do
// the %Has*Elements natives answer for them?
function flags(a) {
  return `smi=${%HasSmiElements(a)} double=${%HasDoubleElements(a)} object=${%HasObjectElements(a)} holey=${%HasHoleyElements(a)} dictionary=${%HasDictionaryElements(a)}`;
}
console.log('[1,2,3]         ', flags([1, 2, 3]));
console.log('freeze([1,2,3]) ', flags(Object.freeze([1, 2, 3])));
console.log('seal([1,2,3])   ', flags(Object.seal([1, 2, 3])));
console.log('preventExt      ', flags(Object.preventExtensions([1, 2, 3])));
console.log('freeze([1.5])   ', flags(Object.freeze([1.5])));
console.log('freeze([1,,3])  ', flags(Object.freeze([1, , 3])));
console.log('frozen arrays share a map:', %HaveSameMap(Object.freeze(['a']), Object.freeze(['b', 'c'])));
