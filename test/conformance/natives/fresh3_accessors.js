// Getters and setters: in literals, in classes, and added with defineProperty.
let lit = {
  _x: 1,
  get x() {
    return this._x;
  },
  set x(v) {
    this._x = v;
  }
};
let lit2 = {
  _x: 2,
  get x() {
    return this._x;
  },
  set x(v) {
    this._x = v;
  }
};
console.log('literal with accessor:', %HasFastProperties(lit), %HaveSameMap(lit, lit2));
class T {
  constructor() {
    this._t = 0;
  }
  get t() {
    return this._t;
  }
}
let t1 = new T(), t2 = new T();
console.log('class instance:', %HasFastProperties(t1), %HaveSameMap(t1, t2));
console.log('T.prototype:', %HasFastProperties(T.prototype));
let o = { a: 1 };
Object.defineProperty(o, 'b', { get() { return 2; }, enumerable: true, configurable: true });
let o2 = { a: 1 };
Object.defineProperty(o2, 'b', { get() { return 3; }, enumerable: true, configurable: true });
console.log('defineProperty getter:', %HasFastProperties(o), %HaveSameMap(o, o2));
let g = function () {
  return 9;
};
let o3 = { a: 1 };
let o4 = { a: 1 };
Object.defineProperty(o3, 'b', { get: g, enumerable: true, configurable: true });
Object.defineProperty(o4, 'b', { get: g, enumerable: true, configurable: true });
console.log('same getter function:', %HaveSameMap(o3, o4));
lit.x = 10;
console.log(lit.x, o.b, JSON.stringify(o));
