// Class prototypes and static members: fast or dictionary, before and after use.
class Animal {
  constructor(type) {
    this.type = type;
  }
  getInfo() {
    return 'Type is: ' + this.type;
  }
  static create(t) {
    return new Animal(t);
  }
}
class Dog extends Animal {
  bark() {
    return 'woof';
  }
}
console.log('Animal.prototype:', %HasFastProperties(Animal.prototype));
console.log('Dog.prototype:', %HasFastProperties(Dog.prototype));
console.log('Animal (static):', %HasFastProperties(Animal));
let d = new Dog('Dog');
function info(o) {
  return o.getInfo() + ' ' + o.bark();
}
for (let i = 0; i < 30; i++) info(d);
console.log(info(d));
console.log('after 30 calls Animal.prototype:', %HasFastProperties(Animal.prototype));
console.log('after 30 calls Dog.prototype:', %HasFastProperties(Dog.prototype));
console.log('instance:', %HasFastProperties(d), %HaveSameMap(d, new Dog('x')));
console.log('Dog vs Animal instance:', %HaveSameMap(d, Animal.create('x')));
