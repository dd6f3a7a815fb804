// Spreading arrays into new ones, rest parameters and rest elements.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const a = [1, 2, 3];
const d = [1.5, 2.5];
console.log('[...a]:', kind([...a]));
console.log('[...a, 1.5]:', kind([...a, 1.5]));
console.log('[...a, ...d]:', kind([...a, ...d]));
console.log('[...d, "x"]:', kind([...d, 'x']));
const holey = [1, , 3];
console.log('holey:', kind(holey), '[...holey]:', kind([...holey]));
const [first, ...rest] = [1.5, 2, 3];
console.log('rest el:', kind(rest));
function f(...args) { return args; }
console.log('rest args:', kind(f(1, 2)), kind(f(1.5)), kind(f()));
console.log('Array.of:', kind(Array.of(...a)));
console.log('spread string:', kind([...'abc']));
console.log('spread set:', kind([...new Set([1, 2])]));
