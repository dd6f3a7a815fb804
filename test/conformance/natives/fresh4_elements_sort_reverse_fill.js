// fresh4: sort, reverse and fill on arrays of each kind; fill of a holey array, of
// part of one, and with a value of a more general kind.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let h = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return h + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return h + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return h + "ELEMENTS";
  return "?";
}
let a = [3, 1, 2];
a.sort();
console.log('sort smi', kind(a), a.join());
let b = [3.5, 1, 2];
b.reverse();
console.log('reverse double', kind(b), b.join());
let c = [3, , 1];
c.sort();
console.log('sort holey', kind(c), c.length, c.join());
let d = [3, , 1];
d.reverse();
console.log('reverse holey', kind(d), d.join());
let e = new Array(4);
e.fill(7);
console.log('new Array(4).fill(7)', kind(e));
let f = new Array(4);
f.fill(7, 1);
console.log('partial fill', kind(f));
let g = [1, 2, 3];
g.fill(0.5);
console.log('[1,2,3].fill(0.5)', kind(g));
let h = [1, 2, 3];
h.fill('s', 0, 1);
console.log("fill 's' at 0", kind(h), h.join());
let i = Array(3).fill();
console.log('Array(3).fill()', kind(i), i.length);
let j = [1.5, 2.5];
j.fill(1);
console.log('doubles fill 1', kind(j), %IsSmi(j[0]));
