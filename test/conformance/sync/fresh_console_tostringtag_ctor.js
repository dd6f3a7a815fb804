// Which name a console shows: the constructor that made the object, or a toStringTag.
class A { constructor() { this.a = 1; } }
class B extends A {}
Object.defineProperty(B.prototype, Symbol.toStringTag, { value: 'TB' });
Object.defineProperty(A.prototype, Symbol.toStringTag, { value: 'TA' });
console.log(new A(), new B());
function F() { this.f = 1; }
F.prototype[Symbol.toStringTag] = 'TF';
console.log(new F(), Object.create(F.prototype));
const plain = { [Symbol.toStringTag]: 'Own' };
console.log(plain, [new A()], { b: new B() });
console.log(Object.prototype.toString.call(new A()), String(new B()), `${new F()}`);
class C { static [Symbol.hasInstance]() { return true; } get [Symbol.toStringTag]() { return 'Getter'; } }
console.log(new C(), 1 instanceof C);
