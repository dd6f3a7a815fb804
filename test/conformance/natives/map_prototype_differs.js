// The prototype is part of the map: objects with the same own properties but different
// prototypes do not share a map.
const p1 = { hello() { return 1; } };
const p2 = { hello() { return 2; } };
const a = Object.create(p1); a.x = 1;
const b = Object.create(p2); b.x = 1;
const c = Object.create(p1); c.x = 2;
console.log('proto p1 vs p2:', %HaveSameMap(a, b));
console.log('proto p1 vs p1:', %HaveSameMap(a, c));
const d = { x: 1 };
Object.setPrototypeOf(d, p1);
console.log('setPrototypeOf(literal, p1) vs Object.create(p1)+x:', %HaveSameMap(d, a));
console.log('a fast:', %HasFastProperties(a), 'd fast:', %HasFastProperties(d));
