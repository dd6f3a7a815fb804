// Object.defineProperty data properties: non-enumerable ones are hidden from for-in, Object.keys and
// JSON.stringify; non-writable ones ignore sloppy stores and throw in strict code.
let o = { a: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false, writable: true, configurable: true });
Object.defineProperty(o, 'ro', { value: 3, enumerable: true, writable: false, configurable: false });
o.b = 4;
for (let k in o) console.log('for-in', k);
console.log(Object.keys(o).join(','));
console.log(Object.getOwnPropertyNames(o).join(','));
console.log(JSON.stringify(o));
o.ro = 30;
console.log('ro after sloppy store', o.ro);
(function () {
  'use strict';
  try {
    o.ro = 31;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();
console.log(delete o.ro, o.ro);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'hidden')));
console.log(%HasFastProperties(o), o.propertyIsEnumerable('hidden'));
