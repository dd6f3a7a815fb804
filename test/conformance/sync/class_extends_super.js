// extends, super(...) and super.method().
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a noise`;
  }
  get description() {
    return 'animal ' + this.name;
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return super.speak() + ' (woof)';
  }
  get description() {
    return super.description + ' of breed ' + this.breed;
  }
}
class Puppy extends Dog {
  speak() {
    return super.speak().toUpperCase();
  }
}
const d = new Dog('Rex', 'collie');
const p = new Puppy('Bit', 'pug');
console.log(d.speak());
console.log(p.speak());
console.log(p.description);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Puppy.prototype) === Dog.prototype);

class Default extends Animal {}
console.log(new Default('implicit constructor').name);

class Broken extends Animal {
  constructor() {
    this.name = 'too early';
    super('x');
  }
}
try {
  new Broken();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

class Forgot extends Animal {
  constructor() {}
}
try {
  new Forgot();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

class List extends Array {
  sum() {
    return this.reduce((a, b) => a + b, 0);
  }
}
const list = List.from([1, 2, 3]);
console.log(list.sum(), list.length, Array.isArray(list), list instanceof List);
const doubled = list.map((x) => x * 2);
console.log(doubled instanceof List, doubled.sum());
