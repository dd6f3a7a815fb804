class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3D extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
class WithPrivate { #secret = 1; shown = 2; static staticProp = 3; }
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } constructor() { this.v = 1; } }
console.log(new Point(1, 2), new Point3D(1, 2, 3), new Empty(), new WithPrivate(), new Tagged());
console.log([new Point(0, 0), new Empty()]);
console.log({ p: new Point(5, 5) });
console.log(Point, Point3D, Empty, WithPrivate);
console.log([Point, class {}, class Named extends Point {}]);
function Legacy() { this.a = 1; }
console.log(new Legacy(), Legacy);
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto, Object.create(null));
const anon = new (class { constructor() { this.q = 1; } })();
console.log(anon);
const inst = new Point(1, 2);
inst.constructor = 'overwritten';
console.log(inst);
Object.defineProperty(Point.prototype, Symbol.toStringTag, { value: 'PT' });
console.log(new Point(7, 8), Object.prototype.toString.call(new Point(0, 0)));
