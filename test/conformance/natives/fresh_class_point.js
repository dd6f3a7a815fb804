// Seed: 002_c52e49598bf4ced6.txt, 3.6.3 多个对象共用一个隐藏类
// The notes' point made by a class: instances share a map with each other, never with the
// literal, and a different class with the same fields has its own maps.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
let point = new Point(100, 200);
let point2 = new Point(3, 4);
let lit = { x: 100, y: 200 };
let v = new Vec(1, 2);
console.log('Point vs Point:', %HaveSameMap(point, point2));
console.log('Point vs literal:', %HaveSameMap(point, lit));
console.log('Point vs Vec:', %HaveSameMap(point, v));
let point3 = new Point(1.5, 2);
console.log('Point(1.5, 2) vs Point(3, 4):', %HaveSameMap(point3, point2));
console.log('point (made before the double) vs point3:', %HaveSameMap(point, point3));
let point4 = new Point('a', 'b');
console.log('Point("a","b") vs point3:', %HaveSameMap(point4, point3));
point2.z = 5;
console.log('point2 + z vs point:', %HaveSameMap(point2, point));
console.log('fast:', %HasFastProperties(point), %HasFastProperties(point2));
