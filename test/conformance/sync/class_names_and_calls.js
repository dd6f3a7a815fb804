// Class names, class expressions, and what happens when a class is called without new.
class Named {}
const Anon = class {};
const Expr = class Inner {
  who() {
    return Inner.name;
  }
};
console.log(Named.name, Anon.name, Expr.name, new Expr().who());
console.log(typeof Named, Object.getPrototypeOf(Named) === Function.prototype);
try {
  Named();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  typeof Inner;
  console.log(typeof Inner);
} catch (e) {
  console.log(e.message);
}
class WithMethods {
  static make() {}
  get prop() {
    return 1;
  }
  ['computed' + 1]() {}
  [Symbol.iterator]() {}
}
const names = Object.getOwnPropertyNames(WithMethods.prototype);
console.log(names, WithMethods.make.name);
console.log(Object.getOwnPropertyDescriptor(WithMethods.prototype, 'prop').get.name);
console.log(WithMethods.prototype[Symbol.iterator].name, WithMethods.prototype.computed1.name);
const m = {
  method() {},
  arrow: () => {},
  fn: function () {},
};
console.log(m.method.name, m.arrow.name, m.fn.name);
