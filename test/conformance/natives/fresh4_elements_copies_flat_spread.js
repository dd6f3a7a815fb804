// fresh4: copies: concat, slice, flat, spread, destructuring rest, and concat of
// arrays of different kinds.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let smi = [1, 2, 3];
let dbl = [1.5, 2.5];
let holey = [1, , 3];
console.log('concat smi+smi', kind(smi.concat([4])));
console.log('concat smi+dbl', kind(smi.concat(dbl)));
console.log("concat smi+'x'", kind(smi.concat('x')));
console.log('concat holey', kind(smi.concat(holey)));
console.log('slice', kind(smi.slice(1)));
console.log('slice holey', kind(holey.slice()));
console.log('slice dbl', kind(dbl.slice(0, 1)));
console.log('flat', kind([[1], [2, 3]].flat()));
console.log('flat dbl', kind([[1], [2.5]].flat()));
console.log('spread', kind([...smi]));
console.log('spread holey', kind([...holey]));
console.log('spread + 1.5', kind([...smi, 1.5]));
let [first, ...rest] = dbl.concat(smi);
console.log('rest', kind(rest), first);
let [x, y] = [1, 2];
console.log('destructured', %IsSmi(x), %IsSmi(y));
function args() {
  return [...arguments];
}
console.log('spread arguments', kind(args(1, 2)));
console.log('Array.prototype.concat.call', kind([].concat(smi, smi)));
