// Classical inheritance with constructor functions and Object.create.
function Shape(name) {
  this.name = name;
}
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype.toString = function () {
  return this.name + ' with area ' + this.area();
};

function Rect(w, h) {
  Shape.call(this, 'rect');
  this.w = w;
  this.h = h;
}
Rect.prototype = Object.create(Shape.prototype);
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () {
  return this.w * this.h;
};

function Square(s) {
  Rect.call(this, s, s);
  this.name = 'square';
}
Object.setPrototypeOf(Square.prototype, Rect.prototype);

const shapes = [new Shape('blob'), new Rect(2, 3), new Square(4)];
for (const s of shapes) console.log(String(s), s instanceof Shape, s.constructor.name);
console.log('' + shapes[2]);
console.log(Object.getPrototypeOf(Square.prototype) === Rect.prototype);
