// Object.getPrototypeOf / setPrototypeOf and __proto__ in literals.
const proto = { hello() { return 'hello from proto'; } };
const viaLiteral = { __proto__: proto, own: 1 };
console.log(viaLiteral.hello(), Object.getPrototypeOf(viaLiteral) === proto, Object.keys(viaLiteral));
const computed = { ['__proto__']: 'just a property' };
console.log(Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed));

const obj = {};
Object.setPrototypeOf(obj, proto);
console.log(obj.hello());
obj.__proto__ = null;
console.log(Object.getPrototypeOf(obj), obj.__proto__, typeof obj.hello);

console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('') === String.prototype);
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(function () {}) === Function.prototype);
try {
  Object.setPrototypeOf(Object.preventExtensions({}), {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const a = {};
const b = Object.create(a);
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  a.__proto__ = b;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.setPrototypeOf(1, null));
