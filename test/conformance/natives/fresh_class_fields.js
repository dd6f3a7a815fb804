// Class field declarations define the instance's properties in declaration order, before the
// constructor body; a subclass adds its own fields after super() returns.
class A {
  x = 1;
  y = 2;
}
class B {
  y = 2;
  x = 1;
}
class C {
  constructor() {
    this.x = 1;
    this.y = 2;
  }
}
class D extends A {
  z = 3;
}
let a1 = new A();
let a2 = new A();
console.log('A vs A:', %HaveSameMap(a1, a2));
console.log('A vs B (other order):', %HaveSameMap(a1, new B()));
console.log('A vs C (constructor assigns):', %HaveSameMap(a1, new C()));
let d1 = new D();
let d2 = new D();
console.log('D vs D:', %HaveSameMap(d1, d2));
console.log('D vs A:', %HaveSameMap(d1, a1));
console.log('keys of D:', Object.keys(d1).join(','));
a2.z = 3;
console.log('A + z vs D:', %HaveSameMap(a2, d1));
console.log('fast:', %HasFastProperties(a1), %HasFastProperties(d1), %HasFastProperties(a2));
