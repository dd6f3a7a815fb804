// The arguments object and arrays made from it.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
function sloppy(a, b) {
  return arguments;
}
function strict() {
  'use strict';
  return arguments;
}
const s = sloppy(1, 2);
console.log('sloppy args:', kind(s), %HasFastProperties(s));
const t = strict(1.5, 2);
console.log('strict args:', kind(t));
console.log('slice.call:', kind(Array.prototype.slice.call(s)));
console.log('from args:', kind(Array.from(t)));
console.log('spread args:', kind([...t]));
function many() { return Array.prototype.slice.call(arguments, 1); }
console.log('slice 1:', kind(many('a', 2, 3)));
