// The arguments object: array-like, aliased to parameters in sloppy functions, absent in arrows.
function sloppy(a, b) {
  arguments[0] = 'changed through arguments';
  b = 'changed parameter';
  return [a, arguments[1], arguments.length, typeof arguments, Array.isArray(arguments)];
}
console.log(sloppy(1, 2, 3));
function strictFn(a) {
  'use strict';
  arguments[0] = 'changed';
  return a;
}
console.log(strictFn('original'));
function toArray() {
  return [Array.from(arguments), [...arguments], Array.prototype.slice.call(arguments, 1)];
}
console.log(toArray('x', 'y', 'z'));
function outer() {
  const arrow = () => arguments.length;
  return arrow(1, 2, 3, 4);
}
console.log(outer('only one'));
function withDefaults(a = 1, b) {
  a = 'new';
  return arguments[0];
}
console.log(withDefaults('given'), withDefaults.length, ((...r) => r.length)(1, 2));
function describe() {
  return Object.prototype.toString.call(arguments) + ' ' + Object.keys(arguments);
}
console.log(describe('p', 'q'));
