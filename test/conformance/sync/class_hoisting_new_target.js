// Classes are not hoisted like functions; new.target and abstract base classes.
try {
  new Early();
} catch (e) {
  console.log(e.name, e.message);
}
class Early {}

class Shape {
  constructor() {
    if (new.target === Shape) {
      throw new TypeError('Shape is abstract');
    }
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
try {
  new Shape();
} catch (e) {
  console.log(e.message);
}
console.log(new Circle().kind);

function Plain() {
  return new.target === undefined ? 'called' : 'constructed';
}
console.log(Plain(), typeof new Plain());

const C = class {
  static make() {
    return new this();
  }
};
console.log(C.make() instanceof C);
