// Changing prototypes of class instances and literals: the prototype is part of the map.
class A {}
class B {}
let a1 = new A();
let a2 = new A();
Object.setPrototypeOf(a2, B.prototype);
console.log('a1/a2', %HaveSameMap(a1, a2));
let b1 = new B();
console.log('a2/b1', %HaveSameMap(a2, b1));
console.log('fast', %HasFastProperties(a2), %HasFastProperties(A.prototype), %HasFastProperties(B.prototype));
let o1 = { x: 1 };
let o2 = { x: 2 };
let proto = { hello() { return 'hi'; } };
Object.setPrototypeOf(o1, proto);
Object.setPrototypeOf(o2, proto);
console.log('o1/o2', %HaveSameMap(o1, o2), %HasFastProperties(o1));
console.log(o1.hello(), %HasFastProperties(proto));
