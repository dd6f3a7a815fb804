function sloppy(a, b) {
  arguments[0] = 'changed';
  b = 'b-changed';
  return [a, arguments[1], arguments.length, typeof arguments, Array.isArray(arguments)];
}
console.log(sloppy(1, 2), sloppy(1));
function strict(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(strict('orig'));
function withDefault(a = 0) { arguments[0] = 'changed'; return a; }
console.log(withDefault('orig'));
function show() { return arguments; }
console.log(show(1, 'two', { three: 3 }));
console.log(show(), Object.keys(show('x', 'y')), JSON.stringify(show(1, 2)));
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer-arg'));
function toArr() { return Array.from(arguments).concat([...arguments]); }
console.log(toArr(1, 2));
function calleeTest() { return typeof arguments.callee; }
console.log(calleeTest(), Object.prototype.toString.call(show()));
function len() { return arguments.length; }
console.log(len(undefined, undefined), len(...[1, 2, 3]), len.apply(null, { length: 4 }));
