// HeapObject and Tagged fields: a string field that gets an object, then a number, then a double.
function Box(v) {
  this.v = v;
}
let s1 = new Box('a');
let s2 = new Box('b');
s1.v = { inner: 1 };
console.log('string -> object:', %HaveSameMap(s1, s2));
s1.v = 5;
console.log('object -> Smi:', %HaveSameMap(s1, s2));
s2.v = 2.5;
console.log('string -> double:', %HaveSameMap(s1, s2));
let n1 = new Box(1);
let n2 = new Box(2);
n1.v = 'x';
console.log('Smi -> string:', %HaveSameMap(n1, n2));
n2.v = null;
console.log('Smi -> null:', %HaveSameMap(n1, n2));
let d1 = new Box(0.5);
let d2 = new Box(1.5);
d1.v = undefined;
console.log('double -> undefined:', %HaveSameMap(d1, d2));
console.log('IsSmi:', %IsSmi(s1.v), %IsSmi(n1.v), %IsSmi(d2.v));
