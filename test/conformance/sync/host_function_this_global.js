// A sloppy function called plainly gets the global object as this, and can create globals.
function setGlobal() {
  this.createdByThis = 'yes';
  return this === globalThis;
}
console.log(setGlobal(), typeof createdByThis, globalThis.createdByThis);
function Person(n) {
  this.n = n;
}
const forgotNew = Person('oops');
console.log(forgotNew, typeof n, n);
delete globalThis.n;
console.log(typeof n);
const strictPerson = function (x) {
  'use strict';
  this.x = x;
};
try {
  strictPerson(1);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
