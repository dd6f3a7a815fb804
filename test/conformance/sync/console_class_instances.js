// console.log of class instances, null-prototype objects, boxed primitives, dates and regexps.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Secret {
  #hidden = 1;
  visible = 2;
}
console.log(new Point(1, 2));
console.log([new Point(0, 0)]);
console.log(new Secret());
const bare = Object.create(null);
bare.k = 'v';
console.log(bare);
console.log(Object.create(null));
console.log(new Number(3), new String('str'), new Boolean(false), Object(1n), Object(Symbol('boxed')));
console.log(new Date(0));
console.log([new Date(86400000)]);
console.log(/ab+c/gi, [/x/]);
console.log(new (class Empty {})());
function Legacy() {
  this.v = 1;
}
console.log(new Legacy());
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
console.log(new Uint8Array([1, 2, 3]), new ArrayBuffer(4));
