// Elements-kind transitions from array methods that store values: unshift, splice, index stores,
// length changes; the kind never goes back.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

let a = [1, 2, 3];
a.unshift(0);
console.log('unshift(0)          ', kind(a));
a.unshift(0.5);
console.log('unshift(0.5)        ', kind(a));
a.shift();
console.log('shift()             ', kind(a));
let b = [1, 2, 3];
b.splice(1, 0, 'x');
console.log('splice insert "x"   ', kind(b));
b.splice(1, 1);
console.log('splice remove it    ', kind(b), b.join(','));
let c = [1, 2, 3];
c[3] = 4;
console.log('c[3] = 4 (append)   ', kind(c));
c[c.length] = 5.5;
console.log('c[length] = 5.5     ', kind(c));
let d = [1, 2, 3];
d.length = 1;
console.log('length = 1          ', kind(d));
d.length = 5;
console.log('length = 5          ', kind(d));
let e = [];
e.push(1);
e.push(2);
console.log('[] push 1, 2        ', kind(e));
e[5] = 3;
console.log('e[5] = 3            ', kind(e));
let f = [1.5, 2.5];
f[0] = 1;
console.log('double, store 1     ', kind(f));
f[1] = {};
console.log('double, store {}    ', kind(f));
let g = [1, 2, 3];
g.pop(); g.pop(); g.pop();
console.log('popped empty        ', kind(g));
let h = ['a', 'b'];
h.length = 0;
h.push(1);
console.log('["a","b"] emptied, push 1', kind(h));
