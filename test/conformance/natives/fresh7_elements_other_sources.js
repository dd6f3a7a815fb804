// Arrays made outside array literals: JSON.parse, str.split, Object.keys / values / entries,
// structuredClone, Array.from of a Map, matchAll results, and an array built by index in a loop.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
console.log('JSON [1,2]', kind(JSON.parse('[1,2]')));
console.log('JSON [1,2.5]', kind(JSON.parse('[1,2.5]')));
console.log('JSON [1,"a"]', kind(JSON.parse('[1,"a"]')));
console.log('JSON []', kind(JSON.parse('[]')));
console.log('split', kind('a,b'.split(',')));
console.log('keys', kind(Object.keys({ a: 1, b: 2 })));
console.log('values smi', kind(Object.values({ a: 1, b: 2 })));
console.log('values dbl', kind(Object.values({ a: 1.5, b: 2 })));
console.log('entries', kind(Object.entries({ a: 1 })));
console.log('clone smi', kind(structuredClone([1, 2])));
console.log('clone dbl', kind(structuredClone([1.5, 2])));
console.log('clone holey', kind(structuredClone([1, , 2])));
console.log('from map', kind(Array.from(new Map([[1, 2]]))));
console.log('from map values', kind(Array.from(new Map([[1, 2]]).values())));
let built = [];
for (let i = 0; i < 5; i++) built[i] = i * 1.5;
console.log('built', kind(built));
let down = [];
for (let i = 4; i >= 0; i--) down[i] = i;
console.log('down', kind(down));
