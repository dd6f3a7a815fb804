// A getter inherited from a class prototype and a static field read through the class.
// record: ic
class Rect {
  static unit = 'cm';
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  get area() {
    return this.w * this.h;
  }
}
function show(r) {
  return r.area + Rect.unit;
}
const r = new Rect(2, 3);
let s = '';
for (let i = 0; i < 12; i++) s = show(r);
console.log(s, show({ area: 1 }));
