var x = 'global-x';
function evalLocal() {
  eval('var x = "local-x"; var created = 1;');
  return [x, typeof created];
}
console.log(evalLocal(), x, typeof created);
function evalReads(a) { return eval('a * 2'); }
console.log(evalReads(21));
const indirect = eval;
console.log(indirect('typeof evalLocal'), eval('1 + 1'), eval('({ a: 1 })'), eval('[1, 2]'));
function strictEval() { 'use strict'; eval('var hidden = 1'); return typeof hidden; }
console.log(strictEval());
const obj = { p: 1, q: 2 };
with (obj) { console.log(p + q); p = 10; }
console.log(obj.p);
console.log(eval('let blockLet = 5; blockLet * 2'), typeof blockLet);
console.log(eval(), eval(42), eval('"str"'), eval('var last = 3; last'));
try { eval('syntax error here'); } catch (e) { console.log(e.constructor.name, e.message); }
