// new.target tells a constructor how it was called; it enables abstract base classes.
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
function Legacy() {
  return new.target === undefined ? 'called' : 'constructed';
}
console.log(Legacy(), new Legacy() instanceof Legacy);
function Factory() {
  if (!new.target) return new Factory();
  this.made = true;
}
console.log(Factory().made, typeof new.target === 'undefined' ? 'n/a' : 'never');
const arrowInside = function () {
  return (() => new.target)();
};
console.log(arrowInside(), new arrowInside() === arrowInside);
