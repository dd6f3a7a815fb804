// getOwnPropertyDescriptor(s) and getOwnPropertyNames on various objects.
const obj = {
  data: 1,
  get acc() {
    return 2;
  },
};
console.log(Object.getOwnPropertyDescriptor(obj, 'data'));
console.log(Object.getOwnPropertyDescriptor(obj, 'acc'));
console.log(Object.getOwnPropertyDescriptor(obj, 'missing'));
console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('ab'));
console.log(Object.getOwnPropertyDescriptor([], 'length'), Object.getOwnPropertyDescriptor('ab', 0));
console.log(Object.getOwnPropertyNames(function f(a) {}).sort());
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
const descs = Object.getOwnPropertyDescriptors({ x: 1, [Symbol.for('s')]: 2 });
console.log(Object.keys(descs), Object.getOwnPropertySymbols(descs).length);
class K {
  method() {}
}
console.log(Object.getOwnPropertyDescriptor(K.prototype, 'method').enumerable, Object.getOwnPropertyNames(K.prototype));
console.log(Reflect.ownKeys({ b: 1, 2: 1, a: 1, [Symbol('z')]: 1, 1: 1 }).map(String));
