// instanceof walks the prototype chain; Symbol.hasInstance can customise it.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Array);
console.log([] instanceof Array, [] instanceof Object, (() => {}) instanceof Function);
console.log('str' instanceof String, new String('str') instanceof String, null instanceof Object);

function Legacy() {}
const l = new Legacy();
Legacy.prototype = {};
console.log(l instanceof Legacy);

class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);

try {
  ({}) instanceof 5;
} catch (e) {
  console.log(e.message);
}
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.message);
}
const noProto = Object.create(null);
console.log(noProto instanceof Object);
