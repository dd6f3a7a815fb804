// Field representation changes seen through %HaveSameMap: Smi -> HeapObject (in place or new map?),
// Double -> Smi, null and undefined into Smi/Double/HeapObject fields, and a class instance.
function mk() { return { s: 1, d: 1.5, h: 'x', t: null }; }
let base = mk();
let a = mk(); a.s = 'str';
console.log('Smi -> string:', %HaveSameMap(a, base), %HaveSameMap(a, mk()));
let b = mk(); b.d = 2;
console.log('Double gets Smi 2:', %HaveSameMap(b, mk()));
let c = mk(); c.h = 5;
console.log('HeapObject -> Smi:', %HaveSameMap(c, mk()));
let d = mk(); d.t = 1;
console.log('null field -> Smi:', %HaveSameMap(d, mk()));
let e = mk(); e.d = undefined;
console.log('Double -> undefined:', %HaveSameMap(e, mk()));
let f = mk(); f.s = 1.25;
console.log('Smi -> Double:', %HaveSameMap(f, mk()), %HaveSameMap(f, base));
console.log('base deprecated? reading base.s', base.s, %HaveSameMap(base, mk()));
