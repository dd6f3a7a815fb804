class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a noise.`; }
  get description() { return `Animal(${this.name})`; }
  static create(name) { return new this(name); }
  toString() { return `[${this.constructor.name} ${this.name}]`; }
}
class Dog extends Animal {
  speak() { return `${super.speak()} Woof!`; }
  get description() { return `Dog < ${super.description}`; }
  static create(name) { const d = super.create(name); d.tricks = []; return d; }
}
class Puppy extends Dog { speak() { return super.speak().toUpperCase(); } }
const animals = [new Animal('generic'), new Dog('Rex'), Puppy.create('Bit')];
for (const a of animals) console.log(a.speak(), '|', a.description, '|', String(a));
console.log(animals);
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype, Puppy.__proto__ === Dog, Puppy.name);
const obj = { __proto__: { hi() { return 'proto hi'; } }, hi() { return 'own + ' + super.hi(); } };
console.log(obj.hi());
class NoSuper extends Animal { constructor() { try { this.x = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); } super('late'); } }
console.log(new NoSuper().name);
class BadReturn extends Animal { constructor() { return 1; } }
try { new BadReturn(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
