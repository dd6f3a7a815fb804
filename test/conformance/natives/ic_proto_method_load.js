// record: ic
// Loads of a method found on the prototype (o.area) for instances of one class, then of a
// second class with its own method.
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Square {
  constructor(s) { this.s = s; }
  area() { return this.s * this.s; }
}
function area(o) {
  return o.area();
}
let total = 0;
for (let i = 0; i < 200; i++) total += area(new Rect(i, 2));
for (let i = 0; i < 200; i++) total += area(new Square(i));
console.log(total);
