// fresh4: arrays with named properties: maps, %HasFastProperties, and elements kinds
// unaffected by names.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [1, 2, 3];
let b = [4, 5, 6];
console.log('same map', %HaveSameMap(a, b));
a.name = 'first';
console.log('after a.name', %HaveSameMap(a, b), kind(a), %HasFastProperties(a));
b.name = 'second';
console.log('after b.name', %HaveSameMap(a, b));
let c = [1.5];
c.name = 'x';
console.log('double with name', %HaveSameMap(a, c), kind(c));
let d = [1, 2, 3];
d.name = 1;
d.push(1.5);
let e = [1, 2, 3];
e.push(1.5);
e.name = 1;
console.log('order of name and push', %HaveSameMap(d, e));
delete a.name;
console.log('delete a.name', %HasFastProperties(a), kind(a));
let f = [];
for (let i = 0; i < 20; i++) f['p' + i] = i;
console.log('20 keyed names', %HasFastProperties(f), kind(f));
let g = [1, 2];
g['3'] = 4;
console.log("g['3']", kind(g), g.length);
