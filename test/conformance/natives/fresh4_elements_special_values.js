// fresh4: literals and stores of NaN, -0, Infinity, undefined, null, 2**31 and 0.0.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
console.log('[NaN]', kind([NaN]));
console.log('[-0]', kind([-0]));
console.log('[0]', kind([0]));
console.log('[0.0]', kind([0.0]));
console.log('[Infinity]', kind([Infinity]));
console.log('[undefined]', kind([undefined]));
console.log('[null]', kind([null]));
console.log('[2**31]', kind([2 ** 31]));
console.log('[2**30]', kind([2 ** 30]));
console.log('[1e3]', kind([1e3]));
let a = [1, 2];
a[0] = -0;
console.log('a[0] = -0', kind(a));
let b = [1, 2];
b[1] = NaN;
console.log('b[1] = NaN', kind(b));
let c = [1, 2];
c[0] = undefined;
console.log('c[0] = undefined', kind(c));
let d = [1.5, 2];
d[0] = undefined;
console.log('doubles [0] = undefined', kind(d));
let e = [1, 2];
e[0] = 1 / 3;
console.log('1/3', kind(e), %IsSmi(e[1]));
console.log('IsSmi', %IsSmi(-0), %IsSmi(0), %IsSmi(NaN), %IsSmi(2 ** 31 - 1), %IsSmi(-(2 ** 31) - 1));
