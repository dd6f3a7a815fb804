function A() {}
function B() {}
const a = new A();
console.log(a instanceof A, a instanceof B);
A.prototype = B.prototype;
console.log(a instanceof A, new A() instanceof B, a.constructor === A);
Object.setPrototypeOf(a, B.prototype);
console.log(a instanceof B, a instanceof A, a.constructor.name);
const proto = { hello() { return 'hi from ' + this.id; } };
const objs = [1, 2].map(id => Object.assign(Object.create(proto), { id }));
console.log(objs.map(o => o.hello()), objs[0], Object.getPrototypeOf(objs[1]) === proto);
proto.hello = function () { return 'patched ' + this.id; };
console.log(objs[0].hello());
class X {}
const x = new X();
Object.setPrototypeOf(X.prototype, Array.prototype);
console.log(x instanceof Array, Array.isArray(x), typeof x.push, x);
console.log(Object.getPrototypeOf(Object.create(null)), Object.create(null) instanceof Object);
