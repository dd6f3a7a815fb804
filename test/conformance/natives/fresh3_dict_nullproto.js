// Objects without a prototype: Object.create(null), {__proto__: null}, setPrototypeOf(o, null).
let a = Object.create(null);
let b = Object.create(null);
let c = { __proto__: null };
let d = { __proto__: null, x: 1 };
let e = { x: 1 };
Object.setPrototypeOf(e, null);
console.log('create(null):', %HasFastProperties(a));
console.log('two create(null):', %HaveSameMap(a, b));
console.log('{__proto__: null}:', %HasFastProperties(c), %HasFastProperties(d));
console.log('setPrototypeOf(o, null):', %HasFastProperties(e));
a.x = 1;
b.x = 2;
console.log('create(null) + x:', %HasFastProperties(a), %HaveSameMap(a, b));
console.log('create(null)+x vs {__proto__: null, x}:', %HaveSameMap(a, d));
console.log('getPrototypeOf:', Object.getPrototypeOf(a), Object.getPrototypeOf(d), Object.getPrototypeOf(e));
console.log('keys:', Object.keys(d).join(','), 'x' in e);
