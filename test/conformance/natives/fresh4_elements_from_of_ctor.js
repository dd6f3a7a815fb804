// fresh4: arrays made by Array.from, Array.of, new Array(n), Array(n), new Array(a, b),
// Array(n).fill and Array.from({length: n}).
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
console.log('Array.of(1,2,3)', kind(Array.of(1, 2, 3)));
console.log('Array.of(1.5)', kind(Array.of(1.5)));
console.log("Array.of('a')", kind(Array.of('a')));
console.log('Array.from([1,2])', kind(Array.from([1, 2])));
console.log('Array.from([1,,3])', kind(Array.from([1, , 3])));
console.log("Array.from('abc')", kind(Array.from('abc')));
console.log('Array.from({length:3})', kind(Array.from({ length: 3 })));
console.log('Array.from({length:3}, (_, i) => i)', kind(Array.from({ length: 3 }, (_, i) => i)));
console.log('Array.from(new Set([1,2]))', kind(Array.from(new Set([1, 2]))));
console.log('new Array(5)', kind(new Array(5)));
console.log('Array(5)', kind(Array(5)));
console.log('new Array()', kind(new Array()));
console.log('new Array(1, 2)', kind(new Array(1, 2)));
console.log('new Array(1.5, 2)', kind(new Array(1.5, 2)));
console.log("new Array('3')", kind(new Array('3')));
console.log('Array(3).fill(0)', kind(Array(3).fill(0)));
console.log('Array(3).fill(null)', kind(Array(3).fill(null)));
console.log('new Array(0)', kind(new Array(0)));
