// fresh4: push and unshift moving an array through the elements kinds: Smi, then a double,
// then a string, and unshift of each kind on a fresh array.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [1, 2, 3];
console.log('literal', kind(a));
a.push(4);
console.log('push 4', kind(a));
a.push(4.56);
console.log('push 4.56', kind(a));
a.push('x');
console.log("push 'x'", kind(a));
a.pop();
a.pop();
console.log('pop pop', kind(a), a.length);
let b = [1, 2];
b.unshift(0);
console.log('unshift 0', kind(b));
b.unshift(0.5);
console.log('unshift 0.5', kind(b));
b.unshift(null);
console.log('unshift null', kind(b));
let c = [];
console.log('[]', kind(c));
c.push(1.5);
console.log('[] push 1.5', kind(c));
let d = [];
d.push(undefined);
console.log('[] push undefined', kind(d));
console.log('packed?', %HasFastPackedElements(a), %HasFastPackedElements(d));
