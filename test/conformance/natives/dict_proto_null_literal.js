// {__proto__: null} is a literal with a null prototype: in dictionary mode like
// Object.create(null)?
const a = { __proto__: null };
const b = { __proto__: null, x: 1, y: 2 };
console.log('{__proto__: null}: fast', %HasFastProperties(a));
console.log('{__proto__: null, x, y}: fast', %HasFastProperties(b));
console.log('vs Object.create(null):', %HaveSameMap(a, Object.create(null)));
const c = { x: 1 };
Object.setPrototypeOf(c, null);
console.log('setPrototypeOf({x:1}, null): fast', %HasFastProperties(c));
const d = { __proto__: Object.prototype, x: 1 };
console.log('{__proto__: Object.prototype, x}: fast', %HasFastProperties(d), 'vs {x:1}', %HaveSameMap(d, { x: 1 }));
