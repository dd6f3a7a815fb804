// A sloppy function's arguments object: FAST_SLOPPY_ARGUMENTS_ELEMENTS when it has formal
// parameters (its elements alias them), SLOW_SLOPPY_ARGUMENTS_ELEMENTS after a far index,
// PACKED_ELEMENTS without formals, with non-simple parameters or in strict mode; keyed loads
// from it in a hot loop.
// record: ic
function k(a) {
  return [%HasSmiElements(a), %HasObjectElements(a), %HasHoleyElements(a), %HasDoubleElements(a),
    %HasDictionaryElements(a), %HasSloppyArgumentsElements(a), %HasFastProperties(a)].map(Number).join('');
}
function s0() { return arguments; }
function s2(a, b) { return arguments; }
function sd(a = 1) { return arguments; }
function st(a) { 'use strict'; return arguments; }
console.log('s0', k(s0()), k(s0(1, 2)));
console.log('s2', k(s2()), k(s2(1)), k(s2(1, 2, 3)), k(s2(1.5, 2)));
console.log('sd', k(sd(1)), 'st', k(st(1)));
const holey = s2(1, 2); holey[5] = 1; console.log('s2 holey', k(holey));
const deleted = s2(1, 2); delete deleted[0]; console.log('s2 delete', k(deleted));
const named = s0(1, 2); named.foo = 1; console.log('s0 foo', k(named));
function alias(a, b) { a = 10; return arguments; }
const x = alias(1, 2, 3);
console.log(x[0], x[1], x[2], x.length, k(x));
x[3000] = 5; console.log('far index', k(x), Object.keys(x).join());
function sum(a) { let t = 0; for (let i = 0; i < arguments.length; i++) t += arguments[i]; return t; }
for (let i = 0; i < 12; i++) sum(1, 2, 3);
console.log(sum(1, 2.5, 3));
const y = alias(1, 2); y.length = 5; console.log('length 5', k(y), [...y].join());
console.log(Array.prototype.slice.call(alias(1, 2, 3)).join(), Array.from(alias(4, 5)).join());
const z = s2(1, 2); z[1] = 'x'; z[2] = 1.5; console.log('stores', k(z), z[0], z[1], z[2]);
function m(a) { arguments[0] = 99; return a; }
console.log(m(1));
