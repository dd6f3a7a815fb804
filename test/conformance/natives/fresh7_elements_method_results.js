// Kinds of arrays returned by map / filter / concat / slice / splice / flat / spread, from
// Smi, double and holey sources, and what sort / reverse do to the receiver.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let smi = [3, 1, 2];
let dbl = [1.5, 2.5, 0.5];
let holey = [1, , 3];
console.log('smi.map(x*2)', kind(smi.map((x) => x * 2)));
console.log('smi.map(x/2)', kind(smi.map((x) => x / 2)));
console.log('dbl.map(x|0)', kind(dbl.map((x) => x | 0)));
console.log('smi.filter', kind(smi.filter((x) => x > 1)));
console.log('dbl.filter', kind(dbl.filter((x) => x > 1)));
console.log('holey.filter', kind(holey.filter(() => true)));
console.log('holey.map', kind(holey.map((x) => x)));
console.log('smi.concat(dbl)', kind(smi.concat(dbl)));
console.log('smi.concat(["a"])', kind(smi.concat(['a'])));
console.log('holey.slice', kind(holey.slice()));
console.log('dbl.slice(1)', kind(dbl.slice(1)));
let sp = [1, 2, 3, 4];
let removed = sp.splice(1, 2, 9.5);
console.log('splice removed', kind(removed), 'receiver', kind(sp));
console.log('[[1],[2.5]].flat', kind([[1], [2.5]].flat()));
console.log('[1,[2,[3]]].flat(2)', kind([1, [2, [3]]].flat(2)));
console.log('[...holey]', kind([...holey]));
console.log('[...smi, 0.5]', kind([...smi, 0.5]));
smi.sort();
console.log('sorted', kind(smi), smi.join());
holey.reverse();
console.log('holey reversed', kind(holey));
