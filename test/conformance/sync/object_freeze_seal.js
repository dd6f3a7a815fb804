// freeze, seal, preventExtensions and their checks.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 99;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 'nested objects are not frozen';
console.log(frozen.a, frozen.c, frozen.nested.b, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));

const sealed = Object.seal({ a: 1 });
sealed.a = 2;
sealed.b = 3;
delete sealed.a;
console.log(sealed.a, sealed.b, Object.isSealed(sealed), Object.isFrozen(sealed));

const closed = Object.preventExtensions({ a: 1 });
closed.b = 2;
delete closed.a;
console.log(closed.a, closed.b, Object.isExtensible(closed), Object.isSealed(closed), Object.isFrozen(closed));

console.log(Object.isFrozen(1), Object.isFrozen({}), Object.isFrozen(Object.freeze([])), Object.isSealed(Object.preventExtensions({})));

const arr = Object.freeze([1, 2, 3]);
try {
  arr.push(4);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
(function () {
  'use strict';
  try {
    frozen.a = 2;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  try {
    sealed.z = 1;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();
