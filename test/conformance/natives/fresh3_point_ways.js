// point {x, y} made by a literal, a constructor function, a class, Object.create and a factory.
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
function makePoint(x, y) {
  return { x: x, y: y };
}
let lit = { x: 100, y: 200 };
let ctor = new Point(100, 200);
let cls = new PointC(100, 200);
let fac = makePoint(100, 200);
let cre = Object.create(Object.prototype);
cre.x = 100;
cre.y = 200;
let empty = {};
empty.x = 100;
empty.y = 200;
console.log('literal vs factory:', %HaveSameMap(lit, fac));
console.log('literal vs constructor:', %HaveSameMap(lit, ctor));
console.log('constructor vs class:', %HaveSameMap(ctor, cls));
console.log('two constructor points:', %HaveSameMap(ctor, new Point(1, 2)));
console.log('two class points:', %HaveSameMap(cls, new PointC(1, 2)));
console.log('Object.create vs {}:', %HaveSameMap(cre, empty));
console.log('{} vs literal:', %HaveSameMap(empty, lit));
console.log('factory twice:', %HaveSameMap(fac, makePoint(3.5, 4)));
console.log('all fast:', [lit, ctor, cls, fac, cre, empty].every((o) => %HasFastProperties(o)));
