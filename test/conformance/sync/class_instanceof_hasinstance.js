// instanceof walks the prototype chain; Symbol.hasInstance can override it.
class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, Dog instanceof Function);
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
const plain = Object.create(Dog.prototype);
console.log(plain instanceof Dog, plain.constructor.name);
Object.setPrototypeOf(d, null);
console.log(d instanceof Dog, d instanceof Object);
try {
  d instanceof 5;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  ({}) instanceof (() => {});
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Object(1) instanceof Number, 1 instanceof Number, 'x' instanceof String);
const bound = Dog.bind(null);
console.log(new Dog() instanceof bound, bound.name);
