// Loads from class instances and subclasses: an Animal field read by a function that sees
// Animal, Dog and Cat instances (three maps: polymorphic), and an inherited method loaded on
// all three.
// record: ic
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.legs = 4;
  }
}
class Cat extends Animal {
  constructor(name) {
    super(name);
    this.lives = 9;
  }
}
function nameOf(a) {
  return a.name;
}
function speakOf(a) {
  return a.speak();
}
let zoo = [];
for (let i = 0; i < 12; i++) {
  zoo.push(new Animal('a' + i));
}
zoo.push(new Dog('rex'), new Cat('tom'));
let names = '';
for (let i = 0; i < zoo.length; i++) {
  names += nameOf(zoo[i])[0];
  speakOf(zoo[i]);
}
console.log(names);
