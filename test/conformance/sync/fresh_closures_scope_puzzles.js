var a = 1;
function outer() {
  console.log(a);
  var a = 2;
  function inner() { return a; }
  return inner;
}
console.log(outer()());
let fns = [];
for (var i = 0; i < 3; i++) { let j = i; fns.push(() => [i, j]); }
console.log(fns.map(f => f()));
fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); i += 0; }
console.log(fns.map(f => f()));
const counter = (() => { let c = 0; return { up: () => ++c, get: () => c }; })();
counter.up(); counter.up();
console.log(counter.get());
function makeAdder(x) { return function (y) { x += y; return x; }; }
const add = makeAdder(10);
console.log(add(1), add(1), makeAdder(10)(1));
let shadow = 'outer';
function readShadow() { return shadow; }
function test() { let shadow = 'inner'; return readShadow(); }
console.log(test());
var self = 'global';
const objSelf = { self: 'obj', get() { return (function () { return typeof this; })(); }, arrow() { return (() => this.self)(); } };
console.log(objSelf.get(), objSelf.arrow());
console.log((function f(n) { return n <= 1 ? 1 : n * f(n - 1); })(5), typeof f);
const named = function fact(n) { return n ? n * fact(n - 1) : 1; };
console.log(named(4), named.name);
