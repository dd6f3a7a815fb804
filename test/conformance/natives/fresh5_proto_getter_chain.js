// A getter on a prototype, methods added to F.prototype one by one, and a three-level chain.
function Shape(w, h) {
  this.w = w;
  this.h = h;
}
Shape.prototype.describe = function () { return 'shape ' + this.area; };
Object.defineProperty(Shape.prototype, 'area', { get() { return this.w * this.h; } });
console.log('proto fast before use:', %HasFastProperties(Shape.prototype));
function Square(s) {
  Shape.call(this, s, s);
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
const s = new Square(3);
const r = new Shape(2, 5);
console.log('area:', s.area, r.area, s.describe());
console.log('square~shape:', %HaveSameMap(s, r));
function useArea(o) { return o.area; }
for (let i = 0; i < 20; i++) { useArea(s); useArea(r); }
console.log('Shape.prototype fast:', %HasFastProperties(Shape.prototype));
console.log('Square.prototype fast:', %HasFastProperties(Square.prototype));
console.log('Object.prototype fast:', %HasFastProperties(Object.prototype));
const o = Object.create(s);
console.log('create(s) fast:', %HasFastProperties(o), 'area:', o.area, 's fast:', %HasFastProperties(s));
