// Seed: 004_5d47a9626a3efcca.txt, JS三座大山之原型链 (obj.toString() is found through the hidden __proto__).
var obj = {}
console.log(obj.toString())
var obj2 = {}
console.log(obj2.toString())
// Added: the notes' questions — same prototype, different addresses.
console.log(obj === obj2, obj.__proto__ === obj2.__proto__, obj.__proto__ === Object.prototype)
console.log(obj.hasOwnProperty('toString'), obj.toString === Object.prototype.toString)
// The long way the notes show, without a prototype:
var obj3 = {
  toString: window_Object_prototype().toString,
  hasOwnProperty: window_Object_prototype().hasOwnProperty
}
function window_Object_prototype() { return Object.prototype }
console.log(obj3.toString(), Object.keys(obj3))
