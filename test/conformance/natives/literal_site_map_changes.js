// An object literal site keeps producing objects of its current map while that map changes
// under it: a field generalized Smi -> Double (the old map deprecated, objects migrate),
// a field generalized in place to Tagged, and a site that returns nested literals.
function make(i) { return { x: 1, y: 'a', z: i }; }
function nested(i) { return { p: { x: 1, y: 2 }, q: [i] }; }
const a = make(1), b = make(2);
console.log('a~b', %HaveSameMap(a, b));
b.x = 1.5;
const c = make(3);
console.log('b~c', %HaveSameMap(b, c), 'a~c', %HaveSameMap(a, c));
console.log(a.x);
console.log('a~c after a read', %HaveSameMap(a, c));
const d = make(4);
d.y = 2;
const e = make(5);
console.log('d~e', %HaveSameMap(d, e), 'fast', %HasFastProperties(e), e.x, e.y, e.z);
const n1 = nested(1), n2 = nested(2);
console.log('n1~n2', %HaveSameMap(n1, n2), %HaveSameMap(n1.p, n2.p));
n2.p.y = 'str';
const n3 = nested(3);
console.log('n2.p~n3.p', %HaveSameMap(n2.p, n3.p), JSON.stringify(n3));
for (let i = 0; i < 20; i++) make(i);
console.log('hot', %HaveSameMap(make(1), make(2)), %HaveSameMap(make(1), c));
