// Class prototypes: methods are defined by the class boilerplate; is the prototype fast before
// and after the first method call?
class A {
  m1() { return 1; }
  m2() { return 2; }
}
console.log('A.prototype: fast', %HasFastProperties(A.prototype));
const a = new A();
console.log('a.m1() =', a.m1(), 'A.prototype fast', %HasFastProperties(A.prototype));
A.prototype.m3 = function () { return 3; };
console.log('after adding m3: fast', %HasFastProperties(A.prototype));
console.log('a.m3() =', a.m3(), 'A.prototype fast', %HasFastProperties(A.prototype));
class B extends A { m4() { return 4; } }
const b = new B();
console.log('B.prototype: fast', %HasFastProperties(B.prototype), 'b.m1() =', b.m1(), 'b.m4() =', b.m4());
console.log('after calls: B.prototype fast', %HasFastProperties(B.prototype), 'A.prototype fast', %HasFastProperties(A.prototype));
