// Object.setPrototypeOf and Reflect.setPrototypeOf send the object's old prototype through
// setup mode again: a fast prototype not marked should-be-fast by an IC becomes a dictionary;
// an o.__proto__ = p store does not.
const p1 = { a: 1 }, p2 = { b: 2 };
const o = Object.create(p1);
console.log('p1 after create', %HasFastProperties(p1));
%ToFastProperties(p1); console.log('p1 tofast', %HasFastProperties(p1));
Object.setPrototypeOf(o, p2);
console.log('p1 after setproto', %HasFastProperties(p1), 'p2', %HasFastProperties(p2));
class A {} class B {}
console.log('A.prototype initially', %HasFastProperties(A.prototype));
const a1 = new A();
console.log('A.prototype after new', %HasFastProperties(A.prototype));
Object.setPrototypeOf(a1, B.prototype);
console.log('A.prototype after setproto', %HasFastProperties(A.prototype));
class C {} class D {}
const c1 = new C();
c1.__proto__ = D.prototype;
console.log('C after __proto__', %HasFastProperties(C.prototype), 'D', %HasFastProperties(D.prototype));
class E {} class F {}
const e1 = new E();
Reflect.setPrototypeOf(e1, F.prototype);
console.log('E after Reflect', %HasFastProperties(E.prototype), 'F', %HasFastProperties(F.prototype));
class G {} class H {}
const g1 = new G();
Object.setPrototypeOf(g1, H.prototype);
Object.setPrototypeOf(g1, G.prototype);
console.log('G back', %HasFastProperties(G.prototype), 'H', %HasFastProperties(H.prototype));
class I {}
const i1 = {};
Object.setPrototypeOf(i1, I.prototype);
console.log('I as new proto', %HasFastProperties(I.prototype));
const p3 = { a: 1 };
const o3 = Object.create(p3);
function get(o) { return o.a; }
for (let i = 0; i < 20; i++) get(o3);
console.log('p3 after IC', %HasFastProperties(p3));
Object.setPrototypeOf(o3, {});
console.log('p3 after setproto', %HasFastProperties(p3));

const o5 = {};
Object.setPrototypeOf(o5, null);
console.log('Object.prototype', %HasFastProperties(Object.prototype));
function K() {}
const f = new K();
console.log('K.prototype', %HasFastProperties(K.prototype));
Object.setPrototypeOf(f, {});
console.log('K.prototype after', %HasFastProperties(K.prototype));
