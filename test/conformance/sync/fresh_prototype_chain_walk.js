function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
Animal.prototype.kind = 'animal';
function Dog(name, breed) { Animal.call(this, name); this.breed = breed; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + ' barks'; };
const d = new Dog('Rex', 'lab');
console.log(d.speak(), d.kind, d instanceof Dog, d instanceof Animal);
console.log(Object.keys(d), 'kind' in d, d.hasOwnProperty('kind'));
let p = d, depth = 0;
while (p) {
  console.log(depth++, p.constructor.name, Object.getOwnPropertyNames(p));
  p = Object.getPrototypeOf(p);
}
console.log(Dog.prototype.__proto__ === Animal.prototype, Animal.prototype.__proto__ === Object.prototype);
console.log(Object.prototype.__proto__, Function.prototype.__proto__ === Object.prototype);
console.log(Dog.__proto__ === Function.prototype, typeof Function.prototype);
console.log(d);
console.log(Object.getPrototypeOf(d));
console.log(Animal.prototype);
d.kind = 'own';
console.log(d.kind, Animal.prototype.kind, delete d.kind, d.kind);
