// V8 infers a name for functions stored where the language gives them none (`.name` stays ""):
// `o.p = function(){}` is "o.p" in stack traces, `F.prototype.m = ...` is "F.m", `this.m = ...`
// inside a capitalized function F is "F.m", computed keys are "<computed>", array elements and
// either side of `?:`/`||` share the name, chained assignments join both paths; call arguments
// and parenthesized functions get none. Each function is called without a receiver, so the
// frame shows the bare name.
function frameName() {
  const line = new Error('x').stack.split('\n')[2].trim();
  return line.endsWith(')') ? line.slice(0, line.indexOf(' (')) : 'at <location>';
}
var o = {}, a = { b: {} };
o.p1 = function () { return frameName(); };
o['p2'] = function () { return frameName(); };
o['3'] = function () { return frameName(); };
var k = 'kk';
o[k] = function () { return frameName(); };
a.b.c = function () { return frameName(); };
a.b.prototype = {};
a.b.prototype.m = function () { return frameName(); };
o.q1 = o.q2 = function () { return frameName(); };
o.r = true ? function () { return frameName(); } : null;
o.s = (function () { return function () { return frameName(); }; })();
o.t = [function () { return frameName(); }];
o.u = { v: 1, w: [function () { return frameName(); }] };
function id(f) { return f; }
o.x = id(function () { return frameName(); });
function Ctor() {
  this.m = function () { return frameName(); };
  var local = {};
  local.n = function () { return frameName(); };
  o.inner = local.n;
}
var c = new Ctor();
function lower() { var z = {}; z.m = function () { return frameName(); }; return z.m; }
function Outer() { function Inner() { this.k = function () { return frameName(); }; } return new Inner().k; }
o.arrow = () => frameName();
o.dflt = undefined || function () { return frameName(); };
o.paren = (function () { return frameName(); });
o.named = function given() { return frameName(); };
o['a b'] = function () { return frameName(); };
o.nested = { deep: {} };
o.nested.deep.f = function () { return frameName(); };
let holder = {};
holder.z = function () { return frameName(); };
const list = {
  p1: o.p1, p2: o.p2, three: o['3'], kk: o.kk, c: a.b.c, m: a.b.prototype.m, q: o.q1, r: o.r, s: o.s,
  t: o.t[0], w: o.u.w[0], x: o.x, cm: c.m, inner: o.inner, lower: lower(), outer: Outer(),
  arrow: o.arrow, dflt: o.dflt, paren: o.paren, named: o.named, ab: o['a b'], deep: o.nested.deep.f,
  holder: holder.z,
};
for (const n of Object.keys(list)) {
  const f = list[n];
  console.log(n, JSON.stringify(f.name), (0, f)());
}
function Person(name) { this.name = name; }
Person.prototype.fail = function () { throw new Error(this.name + ' failed'); };
new Person('Ann').fail();
