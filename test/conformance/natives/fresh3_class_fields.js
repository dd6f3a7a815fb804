// Class fields: field initializers define the properties in order; a double in one instance's field.
class Point {
  x = 0;
  y = 0;
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Other {
  y = 0;
  x = 0;
}
let p = new Point(1, 2);
let q = new Point(3, 4);
console.log('two instances:', %HaveSameMap(p, q));
p.x = 0.25;
console.log('after p.x = 0.25:', %HaveSameMap(p, q));
let r = new Point(5, 6);
console.log('new instance vs p:', %HaveSameMap(r, p), 'IsSmi(r.x):', %IsSmi(r.x));
let o = new Other();
console.log('Other vs Point:', %HaveSameMap(o, new Point(0, 0)));
console.log('keys:', Object.keys(o).join(','), Object.keys(p).join(','));
console.log('fast:', %HasFastProperties(p), %HasFastProperties(o));
