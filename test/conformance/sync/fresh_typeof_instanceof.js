const vals = [1, 'a', true, undefined, null, {}, [], () => {}, class {}, Symbol(), 10n, NaN, new Number(1), new String('s'), /re/, new Date(0), new Map(), Math, JSON, globalThis];
for (const v of vals) {
  console.log(typeof v, Object.prototype.toString.call(v), v instanceof Object);
}
console.log(typeof typeof 1, typeof null === 'object', typeof function* () {}, typeof (async () => {}));
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, A.prototype.isPrototypeOf(b), B[Symbol.hasInstance](b));
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
console.log(Object.create(null) instanceof Object, [] instanceof Array, Array.isArray(Object.create(Array.prototype)));
try { ({}) instanceof (() => {}); } catch (e) { console.log(e.message); }
try { 1 instanceof {}; } catch (e) { console.log(e.message); }
