class Shape {
  static count = 0;
  #id;
  constructor(name) { this.name = name; this.#id = ++Shape.count; }
  get id() { return this.#id; }
  area() { return 0; }
  describe() { return `${this.name}#${this.#id} area=${this.area().toFixed(2)}`; }
  toString() { return `[Shape ${this.name}]`; }
  static create(...args) { return new this(...args); }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  side = 1;
  constructor(s) { super('square'); if (s) this.side = s; }
  area() { return this.side * this.side; }
  describe() { return 'square! ' + super.describe(); }
}
const shapes = [new Circle(1), new Square(3), Square.create(), Circle.create(2)];
for (const s of shapes) console.log(s.describe(), s.id);
console.log(shapes);
console.log(`${shapes[0]}`, String(shapes[1]), shapes[2] + '');
console.log(Shape.count, Circle.count, Object.getPrototypeOf(Circle) === Shape);
console.log(typeof Shape, Shape.name, Circle.prototype instanceof Shape);
console.log(Object.getOwnPropertyNames(Square.prototype), Object.keys(new Square(2)));
try { Shape(); } catch (e) { console.log(e.constructor.name, e.message); }
class Weird extends null {}
console.log(typeof Weird, Object.getPrototypeOf(Weird.prototype));
