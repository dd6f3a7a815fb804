function decl(a, b) { return a + b; }
const expr = function (x) { return x; };
const named = function inner(y) { return y; };
const arrow = (p, q) => p * q;
const asyncFn = async function af() {};
const asyncArrow = async () => 1;
function* gen() { yield 1; }
async function* agen() {}
const method = { m() {}, get g() { return 1; }, ['comp' + 'uted']() {}, async am() {}, *gm() {} };
class K { static s() {} inst() {} }
const bound = decl.bind(null, 1);
console.log(decl, expr, named, arrow);
console.log(asyncFn, asyncArrow, gen, agen);
console.log(method.m, method.computed, method.am, method.gm, K.s, K.prototype.inst);
console.log([decl, arrow, K], { decl, arrow, K });
console.log(decl.name, expr.name, named.name, arrow.name, bound.name, method.computed.name, (() => {}).name, (function () {}).name);
console.log(decl.length, bound.length, arrow.length, K.length, Math.max.length, parseInt.length);
console.log(typeof K, typeof gen, Object.prototype.toString.call(gen), Object.prototype.toString.call(asyncFn));
console.log(String(arrow), decl.toString());
console.log(Math.max, Array.prototype.push, console.log.name, Function.prototype);
decl.custom = 'prop';
console.log(decl, Object.keys(decl));
console.log(new Function('a', 'b', 'return a * b')(3, 4), new Function('return 1').name);
