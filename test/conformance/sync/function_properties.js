// Functions are objects: name, length, custom properties, toString.
function add(a, b) {
  return a + b;
}
console.log(add.name, add.length, typeof add, add instanceof Function, add instanceof Object);
add.calls = 0;
add.calls++;
console.log(add.calls, Object.keys(add));

const anon = function () {};
const arrow = () => {};
const method = { m() {} }.m;
console.log(JSON.stringify([anon.name, arrow.name, method.name, (function () {}).name]));
console.log(add.toString());
console.log((x => x * 2).toString());

const byConstructor = new Function('a', 'b', 'return a * b');
console.log(byConstructor(6, 7), byConstructor.name);

function hasProto() {}
console.log(typeof hasProto.prototype, hasProto.prototype.constructor === hasProto);
console.log(Object.getOwnPropertyNames(add).sort());
