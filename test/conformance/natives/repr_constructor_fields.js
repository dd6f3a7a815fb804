// Representation changes on constructor instances: one instance getting a double moves every
// instance's map along (the old map is deprecated, instances migrate when touched).
function P(x) { this.x = x; }
const ps = [new P(1), new P(2), new P(3)];
console.log('p0 vs p1:', %HaveSameMap(ps[0], ps[1]));
ps[0].x = 0.5;
console.log('after p0.x = 0.5: p0 vs p1', %HaveSameMap(ps[0], ps[1]), 'p1 vs p2', %HaveSameMap(ps[1], ps[2]));
const fresh = new P(4);
console.log('new P(4) vs p0:', %HaveSameMap(fresh, ps[0]), 'vs p1', %HaveSameMap(fresh, ps[1]));
ps[1].x;
console.log('after reading p1.x: p1 vs p0', %HaveSameMap(ps[1], ps[0]));
console.log('p2 still untouched: p2 vs p0', %HaveSameMap(ps[2], ps[0]));
