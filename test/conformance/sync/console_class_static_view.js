// Classes with static members, instances with accessors and symbols, and toStringTag.
class Registry {
  static count = 2;
  static label = 'reg';
  static helper() {}
}
console.log(Registry);
class Tagged {
  get [Symbol.toStringTag]() {
    return 'CustomTag';
  }
}
console.log(new Tagged(), Object.prototype.toString.call(new Tagged()));
class Point {
  constructor() {
    this.x = 1;
  }
  get len() {
    return 5;
  }
}
const p = new Point();
p.y = 2;
console.log(p, [p], { p });
class Empty extends Array {}
const e = new Empty();
e.push(1, 2);
console.log(e, e.length, Array.isArray(e));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
const nullProto = Object.setPrototypeOf({ a: 1 }, null);
console.log(nullProto, [nullProto]);
