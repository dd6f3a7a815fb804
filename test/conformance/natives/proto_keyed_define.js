// A keyed define that takes a new transition (a private field or brand, a computed class field)
// goes to V8's runtime, which sends the receiver's prototypes through setup mode again: a class
// prototype no IC marked should-be-fast becomes a dictionary; a named field define or store
// miss in the same construction makes it fast again, and so does a hot load later.
class A1 { #m() {} }
new A1(); console.log('privmethod', %HasFastProperties(A1.prototype));
class A2 { static #s = 1; }
new A2(); console.log('static private', %HasFastProperties(A2.prototype));
class A3 { #y; }
new A3(); console.log('#y', %HasFastProperties(A3.prototype));
class A4 { #y; constructor() { } }
new A4(); console.log('#y ctor', %HasFastProperties(A4.prototype));
class A5 { y; }
new A5(); console.log('y', %HasFastProperties(A5.prototype));
class A6 { ['y'] = 1; }
new A6(); console.log('computed y', %HasFastProperties(A6.prototype));
class A7 { #y; }
class B1 { #y; }
class B2 extends B1 {}
new B2(); console.log('B1 after sub', %HasFastProperties(B1.prototype), %HasFastProperties(B2.prototype));
class C1 { #y; m() { return 1; } }
const c1 = new C1(); c1.m(); c1.m(); 
console.log('C1 after calls', %HasFastProperties(C1.prototype));
class X { a = console.log('during', %HasFastProperties(X.prototype)); }
new X(); console.log('after', %HasFastProperties(X.prototype));
class Y { constructor() { console.log('ctor', %HasFastProperties(Y.prototype)); } }
new Y(); console.log('Y after', %HasFastProperties(Y.prototype));
class Z { #p; z = 2; }
new Z(); console.log('Z after', %HasFastProperties(Z.prototype));
class W { z = 2; #p; }
new W(); console.log('W after', %HasFastProperties(W.prototype));
class V { #p; }
new V(); new V(); console.log('V after2', %HasFastProperties(V.prototype));
function F2() { console.log('F ctor', %HasFastProperties(F2.prototype)); }
F2.prototype.m = function () {};
new F2(); console.log('F after', %HasFastProperties(F2.prototype));
class Q9 { #v; constructor(v) { this.#v = v; } v() { return this.#v; } }
for (let i = 0; i < 12; i++) { new Q9(i).v(); console.log(i, %HasFastProperties(Q9.prototype)); }
