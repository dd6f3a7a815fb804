// Arrays have maps too: the map records the elements kind, so arrays with the same kind share
// a map and a kind change is a map change.
const a = [1, 2, 3];
const b = [4, 5];
const c = [1.5, 2];
const d = ['x'];
console.log('[1,2,3] vs [4,5]:', %HaveSameMap(a, b));
console.log('[1,2,3] vs [1.5,2]:', %HaveSameMap(a, c));
console.log('[1.5,2] vs ["x"]:', %HaveSameMap(c, d));
b.push(1.5);
console.log('after [4,5].push(1.5): vs [1.5,2]:', %HaveSameMap(b, c));
const e = [1, 2, 3];
e.foo = 1;
console.log('[1,2,3] vs [1,2,3] with .foo:', %HaveSameMap(a, e));
console.log('[] vs new Array():', %HaveSameMap([], new Array()));
