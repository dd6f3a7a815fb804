// Instances of one class share maps; two classes with identical fields do not.
class A { constructor(x) { this.x = x; this.y = 0; } }
class B { constructor(x) { this.x = x; this.y = 0; } }
const a1 = new A(1), a2 = new A(2), b1 = new B(1);
console.log('A vs A:', %HaveSameMap(a1, a2));
console.log('A vs B:', %HaveSameMap(a1, b1));
class C { x = 1; y = 2; }
console.log('field initializers C vs C:', %HaveSameMap(new C(), new C()));
class D extends A { constructor() { super(1); this.z = 3; } }
console.log('D vs D:', %HaveSameMap(new D(), new D()));
console.log('D vs A:', %HaveSameMap(new D(), a1));
console.log('A instance fast:', %HasFastProperties(a1));
