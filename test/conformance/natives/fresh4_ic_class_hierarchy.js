// fresh4: a class hierarchy: Animal, Dog extends Animal, Cat extends Animal. Instance field
// loads (a.name) and prototype-chain method loads (a.speak, a.describe) from one function.
// record: ic
class Animal {
  constructor(name) {
    this.name = name;
  }
  describe() {
    return 'animal ' + this.name;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.legs = 4;
  }
  speak() {
    return 'woof';
  }
}
class Cat extends Animal {
  speak() {
    return 'meow';
  }
}
function talk(a) {
  return a.name + ':' + a.speak() + ':' + a.describe();
}
let zoo = [new Dog('rex'), new Cat('tom'), new Dog('fido')];
let out = '';
for (let i = 0; i < 12; i++) {
  out = talk(zoo[i % 3]);
}
console.log(out);
