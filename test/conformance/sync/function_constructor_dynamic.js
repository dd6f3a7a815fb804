// new Function builds functions from strings; they close over the global scope only.
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length, typeof add);
console.log(String(add));
const noArgs = Function('return 42');
console.log(noArgs());
const local = 'local';
globalThis.visibleGlobal = 'global';
const reader = new Function('return typeof local + " " + visibleGlobal');
console.log(reader());
try {
  new Function('return (');
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const multi = new Function('a, b', 'c', 'return [a, b, c]');
console.log(multi(1, 2, 3), multi.length);
console.log(Object.getPrototypeOf(async function () {}).constructor.name);
