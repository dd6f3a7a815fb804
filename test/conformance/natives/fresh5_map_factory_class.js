// The same point made by a factory function, a constructor function and a class.
function makePoint(x, y) {
  return { x: x, y: y };
}
function Point(x, y) {
  this.x = x;
  this.y = y;
}
class PointC {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const f1 = makePoint(1, 2), f2 = makePoint(3, 4);
const c1 = new Point(1, 2), c2 = new Point(3, 4);
const k1 = new PointC(1, 2), k2 = new PointC(3, 4);
console.log('factory~factory:', %HaveSameMap(f1, f2));
console.log('ctor~ctor:', %HaveSameMap(c1, c2));
console.log('class~class:', %HaveSameMap(k1, k2));
console.log('factory~literal:', %HaveSameMap(f1, { x: 5, y: 6 }));
console.log('factory~ctor:', %HaveSameMap(f1, c1));
console.log('ctor~class:', %HaveSameMap(c1, k1));
const f3 = makePoint(1.5, 2);
console.log('factory double~f1:', %HaveSameMap(f1, f3));
console.log('f1 after f3:', %HaveSameMap(f1, makePoint(7, 8)));
console.log('fast:', %HasFastProperties(f1), %HasFastProperties(c1), %HasFastProperties(k1));
