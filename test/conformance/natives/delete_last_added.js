// In V8 14 deleting even the last-added property normalizes the object to dictionary mode
// (the old "roll back to the parent map" fast path was removed in 2024).
const o = { a: 1, b: 2 };
o.c = 3;
console.log('before delete: fast', %HasFastProperties(o));
delete o.c;
console.log('after delete o.c (last added): fast', %HasFastProperties(o));
const p = { a: 1, b: 2 };
console.log('o vs a fresh {a,b}:', %HaveSameMap(o, p));
console.log('keys:', Object.keys(o).join(','));
