// fresh4: typed arrays are not PACKED/HOLEY: %HasFixedUint8Elements and friends, and
// arrays made from typed arrays.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let u8 = new Uint8Array(4);
let f64 = new Float64Array([1.5, 2]);
let i32 = Int32Array.of(1, 2);
console.log('u8', %HasFixedUint8Elements(u8), %HasSmiElements(u8), %HasDoubleElements(u8), %HasObjectElements(u8));
console.log('f64', %HasFixedFloat64Elements(f64), %HasDoubleElements(f64));
console.log('i32', %HasFixedInt32Elements(i32), %HasFixedUint8Elements(i32));
console.log('u8 fast props', %HasFastProperties(u8), %HasDictionaryElements(u8));
console.log('Array.from(u8)', kind(Array.from(u8)));
console.log('Array.from(f64)', kind(Array.from(f64)));
console.log('spread f64', kind([...f64]));
u8[1] = 300;
console.log('u8[1] = 300', u8[1], %IsSmi(u8[1]));
console.log('f64[1]', f64[1], %IsSmi(f64[1]));
let u8c = new Uint8ClampedArray([300, -5]);
console.log('clamped', %HasFixedUint8ClampedElements(u8c), u8c.join());
console.log('same map', %HaveSameMap(new Uint8Array(1), new Uint8Array(9)), %HaveSameMap(u8, i32));
