// fresh4: arrays made by builtins: split, map, filter, Object.keys/values/entries,
// and map callbacks returning doubles or strings.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let parts = 'a,b,c'.split(',');
console.log('split', kind(parts));
let nums = [1, 2, 3];
console.log('map x*2', kind(nums.map((x) => x * 2)));
console.log('map x/2', kind(nums.map((x) => x / 2)));
console.log('map String', kind(nums.map(String)));
console.log('filter', kind(nums.filter((x) => x > 1)));
console.log('filter doubles', kind([1.5, 2.5].filter((x) => x > 2)));
console.log('filter none', kind(nums.filter((x) => x > 5)));
console.log('map on holey', kind([1, , 3].map((x) => x)));
console.log('Object.keys', kind(Object.keys({ a: 1 })));
console.log('Object.values', kind(Object.values({ a: 1, b: 2 })));
console.log('Object.entries', kind(Object.entries({ a: 1 })));
console.log('keys()', kind([...nums.keys()]));
console.log('match', kind('a1b2'.match(/\d/g)));
console.log('Array.prototype.map.call', kind(Array.prototype.map.call('ab', (c) => c)));
