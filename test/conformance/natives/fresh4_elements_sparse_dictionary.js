// fresh4: sparse arrays: large indices, a negative index, growing length, filling back,
// and %HasDictionaryElements along the way.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [];
a[100] = 1;
console.log('a[100]', kind(a), a.length);
let b = [];
b[5000] = 1;
console.log('b[5000]', kind(b), b.length);
let c = [1, 2, 3];
c[-1] = 5;
console.log('c[-1]', kind(c), c.length, %HasFastProperties(c));
let d = [1, 2, 3];
d[2 ** 32 - 2] = 1;
console.log('d[2**32-2]', kind(d), d.length);
let e = [1, 2, 3];
e[2 ** 32] = 1;
console.log('e[2**32]', kind(e), e.length, %HasFastProperties(e));
let f = [];
f.length = 5000;
console.log('f.length = 5000', kind(f));
f[4999] = 1;
console.log('f[4999]', kind(f));
let g = [];
g[3000] = 1;
for (let i = 0; i < 3000; i++) g[i] = i;
console.log('g filled', kind(g));
let h = [1, 2];
Object.defineProperty(h, 0, { value: 9, writable: false });
console.log('defineProperty index', kind(h));
let obj = {};
obj[1e5] = 1;
console.log('obj[1e5]', %HasDictionaryElements(obj));
