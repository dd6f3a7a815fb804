// Elements of plain objects and other receivers: {} with index keys, literals with index keys, a
// constructor storing this[0], an object with a double element, Object.create(null) with an index.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let o = {};
console.log('{}', kind(o));
o[0] = 1;
console.log('o[0]=1', kind(o));
o[1] = 1.5;
console.log('o[1]=1.5', kind(o));
o[5000] = 1;
console.log('o[5000]', kind(o));
console.log('{0:1,1:2}', kind({ 0: 1, 1: 2 }));
console.log('{0:1.5}', kind({ 0: 1.5 }));
console.log('{a:1}', kind({ a: 1 }));
function Foo() {
  this[0] = 'a';
  this[1] = 'b';
}
console.log('Foo', kind(new Foo()));
let n = Object.create(null);
n[0] = 1;
console.log('null proto', kind(n));
let s = new String('ab');
console.log('String wrapper', kind(s), %HasFastProperties(s));
