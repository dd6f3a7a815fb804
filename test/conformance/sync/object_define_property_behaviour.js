// Object.defineProperty defaults to non-writable, non-enumerable, non-configurable.
const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
o.fixed = 2;
console.log(o.fixed, Object.keys(o), JSON.stringify(o), delete o.fixed, o.fixed);
console.log(Object.getOwnPropertyDescriptor(o, 'fixed'));
try {
  Object.defineProperty(o, 'fixed', { value: 3 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  Object.defineProperty(o, 'fixed', { get() {} });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
Object.defineProperty(o, 'fixed', { value: 1, writable: false });
console.log('same value redefinition is allowed');
const p = Object.defineProperties({}, {
  a: { value: 'A', enumerable: true },
  b: { get: () => 'B', enumerable: true, configurable: true },
});
console.log(p, Object.entries(p));
try {
  Object.defineProperty(1, 'x', { value: 1 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  Object.defineProperty({}, 'x', { value: 1, get() {} });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
sealed.t = 3;
delete sealed.s;
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
