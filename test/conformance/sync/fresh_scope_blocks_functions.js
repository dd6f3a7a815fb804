'use strict';
{
  function blockFn() { return 'block'; }
  console.log(typeof blockFn);
}
console.log(typeof blockFn);
let x = 'outer';
if (true) {
  let x = 'if-block';
  console.log(x);
}
console.log(x);
for (let i = 0; i < 2; i++) {
  let x = 'loop-' + i;
  console.log(x);
}
try { throw new Error('e'); } catch (x) { console.log(typeof x, x.message); }
console.log(x);
const fns = {};
for (const key of ['a', 'b']) fns[key] = () => key;
console.log(fns.a(), fns.b());
function shadowParam(x) { { let x = 'inner'; console.log(x); } return x; }
console.log(shadowParam('param'));
var v = 'var-outer';
function readV() { return v; }
function test() { var v = 'var-inner'; return readV(); }
console.log(test());
