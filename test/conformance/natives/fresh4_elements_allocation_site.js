// fresh4: allocation-site feedback: the same array literal site, after one of its
// arrays moved to a more general kind, creates the next arrays in that kind.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
function make() {
  return [1, 2, 3];
}
let a = make();
console.log('a', kind(a));
a.push(1.5);
console.log('a push 1.5', kind(a));
let b = make();
console.log('b from same site', kind(b));
let c = make();
c[0] = 'str';
let d = make();
console.log('after string', kind(c), kind(d));
function makeEmpty() {
  return [];
}
let e = makeEmpty();
e.push(1);
e.push(0.5);
let f = makeEmpty();
console.log('empty site', kind(e), kind(f));
f.push(1);
console.log('f push 1', kind(f));
for (let i = 0; i < 3; i++) {
  let g = [7, 8];
  console.log('loop literal', i, kind(g));
  g.push(0.25);
}
function makeNew() {
  return new Array(1, 2);
}
let h = makeNew();
h.push(0.1);
console.log('new Array site', kind(makeNew()));
