// Copies that keep or lose the elements kind: slice, concat, Array.from, structuredClone, JSON round-trip.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const h = [1, , 3];
console.log('holey:', kind(h));
console.log('slice:', kind(h.slice()));
console.log('concat:', kind([].concat(h)));
console.log('Array.from:', kind(Array.from(h)));
console.log('json:', kind(JSON.parse(JSON.stringify(h))));
const d = [1.5, 2];
console.log('sc double:', kind(structuredClone(d)));
console.log('sc holey:', kind(structuredClone(h)));
const [x, y] = d;
console.log('picked:', %IsSmi(x), %IsSmi(y));
const o = [{ a: 1 }];
console.log('slice obj:', kind(o.slice()), 'concat num:', kind(o.concat([1])));
console.log('toSorted:', kind([3, 1, 2].toSorted()), 'toReversed holey:', kind(h.toReversed()));
console.log('with:', kind([1, 2].with(0, 1.5)));
