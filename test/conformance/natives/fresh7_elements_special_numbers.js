// -0, NaN, Infinity, undefined, null and numbers outside the Smi range, as literal elements
// and as stored values, with %IsSmi of what is read back.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
console.log('[0,-0]', kind([0, -0]));
console.log('[1,NaN]', kind([1, NaN]));
console.log('[1,Infinity]', kind([1, Infinity]));
console.log('[1,undefined]', kind([1, undefined]));
console.log('[1,null]', kind([1, null]));
console.log('[2**31]', kind([2 ** 31]));
console.log('[2**31-1]', kind([2 ** 31 - 1]));
console.log('[-(2**31)]', kind([-(2 ** 31)]));
console.log('[1e20]', kind([1e20]));
let a = [1, 2, 3];
a[0] = -0;
console.log('a[0]=-0', kind(a), %IsSmi(a[1]));
let b = [1, 2, 3];
b[1] = 0;
console.log('b[1]=0', kind(b), %IsSmi(b[1]));
let c = [1.5, 2];
console.log('c[1] smi?', %IsSmi(c[1]), kind(c));
c[0] = undefined;
console.log('c[0]=undefined', kind(c));
let d = [1, 2];
d[0] = 2 ** 40;
console.log('d[0]=2**40', kind(d), %IsSmi(d[1]));
