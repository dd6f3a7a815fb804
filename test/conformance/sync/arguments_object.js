// The arguments object: array-like, mapped to parameters in sloppy mode only.
function show() {
  return [arguments.length, typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)];
}
console.log(show(1, 'two', [3]));

function mapped(a) {
  arguments[0] = 'changed via arguments';
  return a;
}
function unmapped(a) {
  'use strict';
  arguments[0] = 'changed via arguments';
  return a;
}
console.log(mapped('original'), unmapped('original'));

function toArray() {
  return [Array.from(arguments), Array.prototype.slice.call(arguments, 1), [...arguments]];
}
console.log(toArray('a', 'b', 'c'));

function extra(a, b) {
  return [arguments.length, arguments[2], b];
}
console.log(extra(1), extra(1, 2, 3));

function outer() {
  const arrow = () => arguments[0];
  return arrow('ignored');
}
console.log(outer('outer argument'));

function maxOf() {
  let best = -Infinity;
  for (let i = 0; i < arguments.length; i++) {
    if (arguments[i] > best) best = arguments[i];
  }
  return best;
}
console.log(maxOf(3, 9, 2));
