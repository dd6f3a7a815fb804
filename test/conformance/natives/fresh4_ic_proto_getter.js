// fresh4: a getter on the prototype (class get area()) and a getter defined with
// Object.defineProperty on a constructor's prototype, loaded through instances.
// record: ic
class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  get area() {
    return this.w * this.h;
  }
}
function Circle(r) {
  this.r = r;
}
Object.defineProperty(Circle.prototype, 'area', {
  get() {
    return 3 * this.r * this.r;
  },
});
function readArea(s) {
  return s.area;
}
let a = 0;
for (let i = 0; i < 12; i++) {
  a += readArea(new Rect(i, 2));
}
for (let i = 0; i < 4; i++) {
  a += readArea(new Circle(i));
}
console.log(a);
