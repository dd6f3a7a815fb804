// The ES2023 copying methods (toSorted / toReversed / toSpliced / with) and flatMap, at, findLast:
// which kinds the copies get from Smi, double, holey and object arrays, and that the receiver
// keeps its kind (second batch, written after reading the tier code only).
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let smi = [3, 1, 2];
let dbl = [2.5, 1.5];
let holey = [1, , 3];
let objs = ['b', 'a'];
console.log('smi.toSorted', kind(smi.toSorted()), kind(smi));
console.log('dbl.toReversed', kind(dbl.toReversed()));
console.log('holey.toReversed', kind(holey.toReversed()));
console.log('holey.toSorted', kind(holey.toSorted()));
console.log('smi.with(0, 1.5)', kind(smi.with(0, 1.5)));
console.log('smi.with(0, "x")', kind(smi.with(0, 'x')));
console.log('dbl.with(0, 1)', kind(dbl.with(0, 1)));
console.log('smi.toSpliced(1, 1)', kind(smi.toSpliced(1, 1)));
console.log('smi.toSpliced(1, 0, 0.5)', kind(smi.toSpliced(1, 0, 0.5)));
console.log('objs.toSorted', kind(objs.toSorted()));
console.log('smi.flatMap', kind(smi.flatMap((x) => [x, x])));
console.log('dbl.flatMap', kind(dbl.flatMap((x) => [x | 0])));
console.log('at/findLast', smi.at(-1), smi.findLast((x) => x > 1), kind(smi));
