// Sloppy mode: silent failures, implicit globals, with statements and arguments.callee.
const frozen = Object.freeze({ x: 1 });
frozen.x = 2;
frozen.y = 3;
console.log(frozen, delete frozen.x);
implicit = 'global';
console.log(typeof implicit, globalThis.implicit);
delete globalThis.implicit;
const point = { x: 1, y: 2 };
with (point) {
  console.log(x + y);
  x = 10;
}
console.log(point.x);
function fact(n) {
  return n <= 1 ? 1 : n * arguments.callee(n - 1);
}
console.log(fact(5));
console.log((function () { return typeof this; })(), (function () { return this === globalThis; }).call(undefined));
const str = 'abc';
str.custom = 1;
console.log(str.custom, 010, 0o10);
