// Accessors: a literal with get/set, defineProperty of an accessor, and a class getter (which
// lives on the prototype, not on the instance).
let a = { get v() { return 1; } };
let b = { get v() { return 2; } };
console.log('literal getter: fast', %HasFastProperties(a), 'same map', %HaveSameMap(a, b));
let c = { x: 1, set v(n) { this.x = n; } };
console.log('literal x + setter: fast', %HasFastProperties(c));
let d = {};
Object.defineProperty(d, 'v', { get() { return 3; }, configurable: true, enumerable: true });
let e = {};
Object.defineProperty(e, 'v', { get() { return 4; }, configurable: true, enumerable: true });
console.log('defineProperty getter: fast', %HasFastProperties(d), 'd vs e', %HaveSameMap(d, e));
class T {
  constructor() { this._v = 1; }
  get v() { return this._v; }
}
let t1 = new T();
let t2 = new T();
console.log('class getter: instance fast', %HasFastProperties(t1), 'same map', %HaveSameMap(t1, t2), 'v', t1.v);
let f = { x: 1 };
f.__defineGetter__('g', function () { return 9; });
console.log('__defineGetter__: fast', %HasFastProperties(f), 'g', f.g);
