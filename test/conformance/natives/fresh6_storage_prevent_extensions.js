// preventExtensions: new properties are ignored (or throw in strict code), existing ones can still
// be changed and deleted.
let point = { x: 1, y: 2 };
Object.preventExtensions(point);
point.z = 3;
console.log(point.z, Object.isExtensible(point), %HasFastProperties(point));
point.x = 10;
console.log(point.x);
(function () {
  'use strict';
  try {
    point.z = 3;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();
delete point.y;
console.log(JSON.stringify(point), %HasFastProperties(point));
point.y = 2;
console.log(point.y, Object.keys(point).join(','));
let arr = [1, 2, 3];
Object.preventExtensions(arr);
try {
  arr.push(4);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(arr.length, Object.isSealed(Object.preventExtensions({})));
