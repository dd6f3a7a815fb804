// Elements kinds of arrays made by builtins: Array.from, Array.of, split, map, filter, keys,
// spread of strings and sets.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

console.log('Array.from([1,2,3])         ', kind(Array.from([1, 2, 3])));
console.log('Array.from({length: 3})     ', kind(Array.from({ length: 3 })));
console.log('Array.from({length:3},(_, i)=>i)', kind(Array.from({ length: 3 }, (_, i) => i)));
console.log('Array.from("abc")           ', kind(Array.from('abc')));
console.log('Array.from(new Set([1,2]))  ', kind(Array.from(new Set([1, 2]))));
console.log('Array.of(1, 2, 3)           ', kind(Array.of(1, 2, 3)));
console.log('Array.of(1.5)               ', kind(Array.of(1.5)));
console.log('Array.of()                  ', kind(Array.of()));
console.log('"a,b,c".split(",")          ', kind('a,b,c'.split(',')));
console.log('[1,2,3].map(x => x * 2)     ', kind([1, 2, 3].map(x => x * 2)));
console.log('[1,2,3].map(x => x / 2)     ', kind([1, 2, 3].map(x => x / 2)));
console.log('[1,2,3].map(String)         ', kind([1, 2, 3].map(String)));
console.log('[1,2,3].filter(x => x > 1)  ', kind([1, 2, 3].filter(x => x > 1)));
console.log('[1.5,2,3].filter(x => x > 1)', kind([1.5, 2, 3].filter(x => x > 1)));
console.log('[..."abc"]                  ', kind([...'abc']));
console.log('Object.keys({a:1,b:2})      ', kind(Object.keys({ a: 1, b: 2 })));
console.log('Object.values({a:1,b:2})    ', kind(Object.values({ a: 1, b: 2 })));
console.log('Object.entries({a:1})       ', kind(Object.entries({ a: 1 })));
console.log('new Array(1, 2, 3)          ', kind(new Array(1, 2, 3)));
console.log('new Array(3)                ', kind(new Array(3)));
console.log('Array(3).fill(1.5)          ', kind(Array(3).fill(1.5)));
console.log('[3,1,2].sort()              ', kind([3, 1, 2].sort()));
console.log('[1,2].reverse()             ', kind([1, 2].reverse()));
