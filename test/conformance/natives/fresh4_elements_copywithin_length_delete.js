// fresh4: copyWithin, changing length (shrinking, growing) and delete on arrays.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [1, 2, 3, 4, 5];
a.copyWithin(0, 3);
console.log('copyWithin', kind(a), a.join());
let b = [1, 2, 3, 4, 5];
b.length = 3;
console.log('length = 3', kind(b), b.join());
b.length = 6;
console.log('length = 6', kind(b), b.length);
b[3] = 4; b[4] = 5; b[5] = 6;
console.log('filled again', kind(b));
let c = [1.5, 2.5, 3.5];
delete c[2];
console.log('delete last', kind(c), c.length);
let d = ['a', 'b', 'c'];
delete d[0];
console.log('delete first', kind(d), 0 in d);
let e = [1, 2, 3];
e.length = 0;
console.log('length = 0', kind(e));
e.push(1);
console.log('push after length 0', kind(e));
let f = [1, 2, 3];
f.length = 100000;
console.log('length = 100000', kind(f), f.length);
let g = [1, , 3];
g.copyWithin(1, 0, 1);
console.log('copyWithin into hole', kind(g), g.join());
