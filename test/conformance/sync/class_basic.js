// Class declarations: constructor, methods, typeof, non-enumerable methods.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p instanceof Point, typeof Point);
console.log(Object.keys(p), Object.getOwnPropertyNames(Point.prototype));
console.log(Point.prototype.constructor === Point, Point.name, Point.length);

const Anonymous = class {};
const Named = class Inner {
  who() {
    return Inner.name;
  }
};
console.log(Anonymous.name, Named.name, new Named().who(), typeof Inner);

try {
  Point(1, 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

class Empty {}
console.log(new Empty() instanceof Empty, Object.keys(new Empty()).length);
