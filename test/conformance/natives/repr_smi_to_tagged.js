// Smi -> Tagged (an object stored into a Smi field) and HeapObject -> Tagged.
const a = { x: 1 };
const b = { x: 2 };
a.x = {};
console.log('after a.x = {}: a vs b', %HaveSameMap(a, b));
console.log('b.x =', b.x, '-> a vs b', %HaveSameMap(a, b));
const h1 = { o: {} };
const h2 = { o: [] };
console.log('{o: {}} vs {o: []}:', %HaveSameMap(h1, h2));
h1.o = 5;
console.log('after h1.o = 5: h1 vs h2', %HaveSameMap(h1, h2));
