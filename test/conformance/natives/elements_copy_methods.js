// What kind do copies get? slice, concat, spread, map, filter, Array.from.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const smi = [1, 2, 3];
const dbl = [1.5, 2.5];
const holey = [1, , 3];
console.log('smi.slice()          ', kind(smi.slice()));
console.log('dbl.slice()          ', kind(dbl.slice()));
console.log('holey.slice()        ', kind(holey.slice()));
console.log('smi.concat(dbl)      ', kind(smi.concat(dbl)));
console.log("smi.concat(['x'])    ", kind(smi.concat(['x'])));
console.log('[...holey]           ', kind([...holey]));
console.log('smi.map(x => x)      ', kind(smi.map((x) => x)));
console.log('smi.map(x => x / 2)  ', kind(smi.map((x) => x / 2)));
console.log('smi.filter(x => x)   ', kind(smi.filter((x) => x > 1)));
console.log('holey.map(x => x)    ', kind(holey.map((x) => x)));
console.log('Array.from(holey)    ', kind(Array.from(holey)));
console.log('smi.reverse()        ', kind(smi.reverse()));
console.log('dbl.toSorted()       ', kind(dbl.toSorted()));
