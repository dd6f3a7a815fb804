// Objects made by Object.fromEntries, Object.entries round trips and structuredClone: the same
// keys in the same order share a map.
let a = Object.fromEntries([['x', 1], ['y', 2]]);
let b = Object.fromEntries([['x', 3], ['y', 4]]);
let inc = {};
inc.x = 1;
inc.y = 2;
console.log('fromEntries vs fromEntries:', %HaveSameMap(a, b));
console.log('fromEntries vs {}+x+y:', %HaveSameMap(a, inc));
console.log('fromEntries vs literal:', %HaveSameMap(a, { x: 1, y: 2 }));
let c = Object.fromEntries(Object.entries({ x: 5, y: 6 }));
console.log('fromEntries(entries(lit)) vs a:', %HaveSameMap(c, a));
let m = Object.fromEntries(new Map([['x', 1], ['y', 2]]));
console.log('fromEntries(Map) vs a:', %HaveSameMap(m, a));
let s = structuredClone({ x: 1, y: 2 });
console.log('structuredClone vs a:', %HaveSameMap(s, a), 'fast', %HasFastProperties(s));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(c));
