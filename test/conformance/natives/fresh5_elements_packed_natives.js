// The other elements natives: %HasFastPackedElements, %HasSmiOrObjectElements, %HasPackedElements.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
function all(label, a) {
  console.log(label, kind(a), %HasFastPackedElements(a), %HasSmiOrObjectElements(a), %HasHoleyElements(a));
}
all('[1,2]', [1, 2]);
all('[1.5]', [1.5]);
all('[1,,2]', [1, , 2]);
all('new Array(3)', new Array(3));
all('Array(1,2,3)', Array(1, 2, 3));
all('new Array(2).fill(1)', new Array(2).fill(1));
all('["a"]', ['a']);
const big = [];
big[5000] = 1;
all('sparse', big);
const f = Object.freeze([1, 2]);
all('frozen', f);
