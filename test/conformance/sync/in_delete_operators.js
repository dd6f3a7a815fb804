// The in operator and delete.
const obj = { a: 1, b: undefined };
console.log('a' in obj, 'b' in obj, 'c' in obj, 'toString' in obj, 0 in [9], 1 in [9], 'length' in []);
console.log(delete obj.a, 'a' in obj, obj.a);
console.log(delete obj.nothing);
console.log(delete obj.toString, typeof obj.toString);

const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, JSON.stringify(arr));

var globalVar = 1;
globalThis.globalProp = 2;
console.log(delete globalThis.globalProp, typeof globalProp);

function f(x) {
  return delete x;
}
console.log(f(1));

const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
try {
  (function () {
    'use strict';
    delete frozen.k;
  })();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  'x' in 'a string';
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(delete 5, delete 'literal');
