// fresh4: splice, pop and shift: removing elements never makes a kind more specific;
// splice inserting a double or a string generalizes it.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [1, 2, 3, 4, 5];
a.splice(1, 2);
console.log('splice remove', kind(a), a.join());
a.splice(1, 0, 2.5);
console.log('splice insert 2.5', kind(a), a.join());
a.splice(0, 1, 'first');
console.log("splice insert 'first'", kind(a), a.join());
let b = [1.5, 2.5, 3.5];
b.pop();
b.shift();
console.log('pop shift doubles', kind(b), b.join());
b.shift();
console.log('empty after shift', kind(b), b.length);
let c = [1, , 3, 4];
c.shift();
console.log('shift holey', kind(c), c.length);
c.splice(0, 3);
console.log('splice all', kind(c), c.length);
let d = [1, 2, 3].splice(0, 2);
console.log('splice result', kind(d), d.join());
let e = [1.5, 'a', 2].splice(0, 1);
console.log('splice result of mixed', kind(e), e.join());
