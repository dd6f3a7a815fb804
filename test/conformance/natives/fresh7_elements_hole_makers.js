// Ways to make holes: new Array(n), a literal with a hole, a store past the end, delete, growing
// length, and shrinking length (still holey); %HasHoleyElements and the kind for each.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let a = new Array(5);
console.log('new Array(5)', kind(a), %HasHoleyElements(a));
let b = [1, , 3];
console.log('[1,,3]', kind(b));
let c = [1, 2, 3];
c[5] = 6;
console.log('c[5]=6', kind(c), c.length);
let d = [1.5, 2.5, 3.5];
delete d[0];
console.log('delete d[0]', kind(d));
let e = ['a', 'b'];
e.length = 10;
console.log('length=10', kind(e));
let f = [1, 2, 3, 4];
f.length = 2;
console.log('length=2', kind(f), %HasHoleyElements(f));
let g = [];
g[0] = 1;
g[1] = 2;
console.log('g[0],g[1]', kind(g));
let h = [];
h[1] = 1;
h[0] = 0;
console.log('h[1] then h[0]', kind(h));
