'use strict';
// The same writes as in sloppy mode throw TypeErrors in strict mode.
const obj = {};
Object.defineProperty(obj, 'fixed', { value: 1, enumerable: true });
try {
  obj.fixed = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  delete obj.fixed;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const getterOnly = {
  get g() {
    return 1;
  },
};
try {
  getterOnly.g = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const frozen = Object.freeze({ a: 1 });
try {
  frozen.b = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  undeclared = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  'str'.length = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  (5).prop = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log((function () {
  return this;
})());
console.log(obj.fixed);
