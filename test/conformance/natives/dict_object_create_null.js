// Object.create(null) starts in dictionary mode and stays there as properties are added.
const o = Object.create(null);
console.log('Object.create(null): fast', %HasFastProperties(o));
o.a = 1;
o.b = 2;
console.log('after adding a, b: fast', %HasFastProperties(o));
const p = Object.create(null);
p.a = 1; p.b = 2;
console.log('two such objects share a map:', %HaveSameMap(o, p));
console.log('prototype:', Object.getPrototypeOf(o));
const q = Object.create(Object.prototype);
console.log('Object.create(Object.prototype): fast', %HasFastProperties(q), 'vs {}', %HaveSameMap(q, {}));
