// Double -> Tagged (a string stored into a double field).
const a = { x: 1.5 };
const b = { x: 2.5 };
a.x = 'str';
console.log('after a.x = "str": a vs b', %HaveSameMap(a, b));
console.log('b.x =', b.x, '-> a vs b', %HaveSameMap(a, b));
const c = { x: 0.5 };
console.log('new {x: 0.5} vs a:', %HaveSameMap(c, a));
a.x = 7;
console.log('a.x = 7 (back to a Smi value): a vs c', %HaveSameMap(a, c));
