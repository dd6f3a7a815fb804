// Arrays made by builtins: Array.from of an array / of an array-like / with a map function,
// Array.of, new Array(n).fill, partial fill, Array(n) with one or more arguments, keys().
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
console.log('from [1,2]', kind(Array.from([1, 2])));
console.log('from {length:3}', kind(Array.from({ length: 3 })));
console.log('from {length:3} map', kind(Array.from({ length: 3 }, (_, i) => i)));
console.log('from [1.5]', kind(Array.from([1.5])));
console.log('from set', kind(Array.from(new Set([1, 2]))));
console.log('from string', kind(Array.from('abc')));
console.log('of 1,2', kind(Array.of(1, 2)));
console.log('of 1.5', kind(Array.of(1.5)));
console.log('of ()', kind(Array.of()));
console.log('Array(3).fill(7)', kind(new Array(3).fill(7)));
console.log('Array(3).fill(0.5)', kind(new Array(3).fill(0.5)));
console.log('Array(3).fill("a")', kind(new Array(3).fill('a')));
console.log('Array(4).fill(1,1)', kind(new Array(4).fill(1, 1)));
console.log('Array(1,2,3)', kind(Array(1, 2, 3)));
console.log('Array(2.5,1)', kind(Array(2.5, 1)));
console.log('keys', kind([...[5, 6].keys()]));
