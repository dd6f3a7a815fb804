// Large and unusual indices: a[1023] / a[1024] / a[5000] on empty arrays, string indices ("7"),
// negative and fractional keys (named properties, not elements), length = 2**32 - 1, and
// filling a dictionary array back.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let a = [];
a[1023] = 1;
console.log('a[1023]', kind(a));
let b = [];
b[1024] = 1;
console.log('b[1024]', kind(b));
let c = [1, 2, 3];
c[5000] = 4;
console.log('c[5000]', kind(c), c.length);
let d = [1, 2];
d['7'] = 8;
console.log('d["7"]', kind(d), d.length);
let e = [1, 2];
e[-1] = 0;
e[1.5] = 0;
console.log('e[-1] e[1.5]', kind(e), e.length, %HasFastProperties(e));
let f = [1, 2];
f.length = 2 ** 32 - 1;
console.log('length 2**32-1', kind(f));
let g = [];
g[2 ** 32 - 2] = 1;
console.log('g[2**32-2]', kind(g), g.length);
let h = [];
h[100] = 1;
for (let i = 0; i < 100; i++) h[i] = i;
console.log('h filled', kind(h));
