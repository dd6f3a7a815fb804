// Errors strict mode turns on: undeclared assignment, read-only writes, delete, duplicate-free semantics.
'use strict';
const tries = {
  undeclared: () => {
    undeclaredVar = 1;
  },
  frozenWrite: () => {
    const o = Object.freeze({ x: 1 });
    o.x = 2;
  },
  frozenAdd: () => {
    const o = Object.freeze({});
    o.y = 1;
  },
  getterOnly: () => {
    const o = { get g() { return 1; } };
    o.g = 2;
  },
  deleteNonConfigurable: () => {
    delete Object.prototype;
  },
  primitiveProp: () => {
    'str'.prop = 1;
  },
  frozenArrayPush: () => Object.freeze([1]).push(2),
  nonExtensible: () => {
    const o = Object.preventExtensions({});
    o.z = 1;
  },
  readOnlyLength: () => {
    const f = function () {};
    f.name = 'renamed';
  },
};
for (const [k, f] of Object.entries(tries)) {
  try {
    f();
    console.log(k, 'no error');
  } catch (e) {
    console.log(k, e.constructor.name + ':', e.message);
  }
}
console.log((function () { return this; })(), typeof undeclaredVar);
