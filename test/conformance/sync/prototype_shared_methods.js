// Methods on the prototype are shared; own properties shadow them; the chain ends in null.
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};
const a = new Animal('cat');
const b = new Animal('dog');
console.log(a.speak === b.speak, a.hasOwnProperty('speak'), 'speak' in a);
a.speak = () => 'own method';
console.log(a.speak(), b.speak(), delete a.speak, a.speak());
Animal.prototype.legs = 4;
console.log(b.legs, Object.keys(b), b.constructor === Animal);
const chain = [];
for (let o = b; o; o = Object.getPrototypeOf(o)) chain.push(o.constructor.name);
console.log(chain, Object.getPrototypeOf(Object.prototype));
console.log(a.__proto__ === Animal.prototype, Animal.prototype.__proto__ === Object.prototype);
console.log(Animal.prototype.isPrototypeOf(a), Object.prototype.isPrototypeOf(a), a instanceof Object);
Animal.prototype = { speak() { return 'replaced'; } };
const c = new Animal('cow');
console.log(c.speak(), b.speak(), b instanceof Animal, c instanceof Animal, c.constructor === Object);
