// Keyed stores and named stores of the same name follow the same transitions, so a keyed-built
// object and a named-built one share maps while both are fast.
const a = {};
for (const k of ['x', 'y', 'z']) a[k] = 1;
const b = {};
b.x = 2; b.y = 2; b.z = 2;
console.log('keyed x,y,z vs named x,y,z:', %HaveSameMap(a, b));
const c = {};
for (let i = 0; i < 25; i++) c['k' + i] = i;
const d = {};
for (let i = 0; i < 25; i++) d['k' + i] = i;
console.log('two keyed-built dictionaries share a map:', %HaveSameMap(c, d), 'fast:', %HasFastProperties(c), %HasFastProperties(d));
