// Seed: 004_5d47a9626a3efcca.txt, 当你执行JS的时候浏览器准备了些什么？ (Object, Array, Function on the global object).
var person = {}
var person_ = new Object()
var a = [1,2,3]
var a_ = new Array(1,2,3)
function f() {}
var f_ = new Function()
// Added: the literal and the constructor forms make the same kinds of values.
console.log(person, person_, Object.getPrototypeOf(person) === Object.getPrototypeOf(person_))
console.log(a, a_, Array.isArray(a_))
console.log(typeof f, typeof f_, f_ instanceof Function, f_.name)
console.log(typeof globalThis.Object, typeof globalThis.Array, typeof globalThis.Function, typeof globalThis.console)
