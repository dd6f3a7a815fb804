// Arrays made by the Array constructor and friends.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

console.log('new Array()        ', kind(new Array()));
console.log('new Array(3)       ', kind(new Array(3)));
console.log('new Array(0)       ', kind(new Array(0)));
console.log('Array(3)           ', kind(Array(3)));
console.log('new Array(1, 2)    ', kind(new Array(1, 2)));
console.log('new Array(1.5, 2)  ', kind(new Array(1.5, 2)));
console.log("new Array('3')     ", kind(new Array('3')));
console.log('Array.of(1, 2)     ', kind(Array.of(1, 2)));
console.log('Array.from([1, 2]) ', kind(Array.from([1, 2])));
console.log('Array.from({length: 3})       ', kind(Array.from({ length: 3 })));
console.log('Array.from({length: 3}, (_, i) => i)', kind(Array.from({ length: 3 }, (_, i) => i)));
console.log('[...[1, 2]]        ', kind([...[1, 2]]));
console.log("'abc'.split('')     ", kind('abc'.split('')));
console.log('Object.keys({a: 1}) ', kind(Object.keys({ a: 1 })));
