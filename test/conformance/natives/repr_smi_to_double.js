// Field representation Smi -> Double: o.x = 1.5 after o.x = 1 gives o a new map and deprecates
// the old one; another object still on the old map migrates lazily, on its next access.
const a = { x: 1 };
const b = { x: 2 };
console.log('before: a vs b', %HaveSameMap(a, b));
a.x = 1.5;
console.log('after a.x = 1.5: a vs b', %HaveSameMap(a, b));
console.log('b.x =', b.x);
console.log('after reading b.x: a vs b', %HaveSameMap(a, b));
const c = { x: 3 };
console.log('new {x: 3} vs a:', %HaveSameMap(c, a));
console.log('is a.x a Smi:', %IsSmi(a.x), 'is c.x a Smi:', %IsSmi(c.x));
