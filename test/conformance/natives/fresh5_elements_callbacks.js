// Elements kinds of arrays returned by map / filter / reduce / forEach-built / flat / flatMap.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const a = [1, 2, 3, 4];
console.log('map x2:', kind(a.map((x) => x * 2)));
console.log('map x1.5:', kind(a.map((x) => x * 1.5)));
console.log('map str:', kind(a.map((x) => 'v' + x)));
console.log('filter:', kind(a.filter((x) => x > 2)));
const d = [1.5, 2.5];
console.log('filter double:', kind(d.filter(() => true)));
const acc = a.reduce((r, x) => { r.push(x / 2); return r; }, []);
console.log('reduce push:', kind(acc));
const fe = [];
a.forEach((x, i) => { fe[i] = x; });
console.log('forEach index:', kind(fe));
const back = [];
a.forEach((x, i) => { back[3 - i] = x; });
console.log('forEach backwards:', kind(back));
console.log('flatMap:', kind(a.flatMap((x) => [x, x])));
console.log('map holey src:', kind([1, , 3].map((x) => x)));
