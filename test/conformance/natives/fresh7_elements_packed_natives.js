// %HasFastPackedElements, %HasSmiOrObjectElements and %HasHoleyElements next to the kind, for
// packed/holey Smi, double and object arrays, a dictionary array and a frozen one.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
function show(label, a) {
  console.log(label, kind(a), %HasFastPackedElements(a), %HasSmiOrObjectElements(a), %HasHoleyElements(a));
}
show('[1,2]', [1, 2]);
show('[1,,2]', [1, , 2]);
show('[1.5]', [1.5]);
show('[1.5,,]', [1.5, , 2.5]);
show('["a"]', ['a']);
show('["a",,]', ['a', , 'b']);
let big = [];
big[9999] = 1;
show('sparse', big);
show('frozen', Object.freeze([1, 2]));
show('{}', {});
