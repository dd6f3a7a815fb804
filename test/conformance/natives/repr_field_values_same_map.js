// Storing a value of the same representation keeps the map; only a more general
// representation changes it, and a map never goes back to a narrower one.
const o = { n: 1, d: 0.5, s: 'a', h: {} };
const ref = { n: 1, d: 0.5, s: 'a', h: {} };
o.n = 2; o.d = 2.5; o.s = 'b'; o.h = [];
console.log('same representations stored: same map', %HaveSameMap(o, ref));
o.d = 3;
console.log('Smi value into a Double field: same map', %HaveSameMap(o, ref));
o.n = -0;
console.log('-0 into a Smi field: same map', %HaveSameMap(o, ref), 'is -0 a Smi:', %IsSmi(-0));
console.log('ref.n =', ref.n, '-> same map', %HaveSameMap(o, ref));
