// What `new` returns when the constructor returns an object, a primitive, or is called without new.
function ReturnsObject() {
  this.lost = true;
  return { replaced: true };
}
function ReturnsPrimitive() {
  this.kept = true;
  return 42;
}
console.log(new ReturnsObject(), new ReturnsPrimitive());
function Guarded(x) {
  if (!new.target) return new Guarded(x);
  this.x = x;
}
console.log(Guarded(1), new Guarded(2), Guarded(3) instanceof Guarded);
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const p = Point.call({}, 1, 2);
console.log(p, typeof Point.prototype, Point.prototype.constructor === Point);
class Base {
  constructor() {
    return [1, 2];
  }
}
class Derived extends Base {
  constructor() {
    super();
    this.extra = 'on array';
  }
}
const d = new Derived();
console.log(d, Array.isArray(d), d instanceof Derived);
class Bad extends Object {
  constructor() {
    return undefined;
  }
}
try {
  new Bad();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
