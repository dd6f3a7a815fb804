const base = {
  _v: 1,
  get v() { return this._v; },
  set v(x) { this._v = x * 10; },
};
const child = Object.create(base);
child.v = 2;
console.log(child.v, base.v, Object.keys(child), child.hasOwnProperty('_v'));
const noSetter = Object.create({ get ro() { return 'ro'; } });
noSetter.ro = 'write';
console.log(noSetter.ro, Object.keys(noSetter));
(function () { 'use strict'; try { noSetter.ro = 'x'; } catch (e) { console.log(e.constructor.name, e.message); } })();
const dataProto = Object.create(Object.freeze({ frozen: 1 }));
dataProto.frozen = 2;
console.log(dataProto.frozen, Object.keys(dataProto));
class A { get x() { return 'A.x'; } }
class B extends A { }
const b = new B();
Object.defineProperty(b, 'x', { value: 'own x', enumerable: true });
console.log(b.x, new B().x, b);
const o = { get lazy() { Object.defineProperty(this, 'lazy', { value: 'computed once', enumerable: true }); console.log('computing'); return this.lazy; } };
console.log(o.lazy, o.lazy, o);
