// Class instances: a base class and a subclass whose constructor adds a field after super().
// record: debugprint
class Animal {
  constructor(type) {
    this.type = type;
    this.color = 'Default';
  }
}
class Dog extends Animal {
  constructor() {
    super('Dog');
    this.color = 'Black';
    this.legs = 4;
  }
}
let animal = new Animal('Cat');
let dog = new Dog();
%DebugPrint(animal);
%DebugPrint(dog);
console.log('same map:', %HaveSameMap(animal, dog));
