// Elements kinds of arrays made by builtins: Object.keys/values/entries, split, JSON.parse, Array.from.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const point = { x: 100, y: 200 };
console.log('keys:', kind(Object.keys(point)));
console.log('values:', kind(Object.values(point)));
console.log('values dbl:', kind(Object.values({ a: 1.5, b: 2 })));
console.log('entries:', kind(Object.entries(point)));
console.log('split:', kind('a,b,c'.split(',')));
console.log('json smi:', kind(JSON.parse('[1,2,3]')));
console.log('json dbl:', kind(JSON.parse('[1.5,2]')));
console.log('json mixed:', kind(JSON.parse('[1,"a"]')));
console.log('json empty:', kind(JSON.parse('[]')));
console.log('from length:', kind(Array.from({ length: 3 })));
console.log('from fn:', kind(Array.from({ length: 3 }, (_, i) => i)));
console.log('from string:', kind(Array.from('ab')));
console.log('match:', kind('a1b2'.match(/\d/g)));
