// Array length: setting it truncates or extends, delete leaves holes, and indexes past the end grow it.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a.length);
a.length = 5;
console.log(a, 3 in a);
delete a[0];
console.log(a, a.length, a[0]);
a[9] = 'ten';
console.log(a.length, a.filter(() => true).length, Object.keys(a));
const b = [];
b['2'] = 'string index';
b['x'] = 'not an index';
console.log(b.length, b);
try {
  b.length = -1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const frozen = Object.freeze([1, 2]);
try {
  'use strict';
  frozen.push(3);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log([, ,].length, [1, , 3].indexOf(undefined), [1, , 3].includes(undefined), Array(3).join('-'));
