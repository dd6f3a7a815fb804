// Sloppy direct eval: its var and function declarations join the calling function's scope.
var x = 'global-x';
function declares() {
  eval('var x = "local-x"; var created = 1; function helper() { return "helper:" + x; }');
  return [x, typeof created, helper(), typeof declares];
}
console.log(declares(), x, typeof created, typeof helper);
function closureSeesEvalVar() {
  eval('var counter = 0');
  return () => ++counter;
}
const next = closureSeesEvalVar();
console.log(next(), next(), typeof counter);
function inBlock(flag) {
  if (flag) { eval('var fromBlock = "block"'); }
  return typeof fromBlock === 'undefined' ? 'none' : fromBlock;
}
console.log(inBlock(true), inBlock(false));
function sameAsParam(p) { eval('var p = "redeclared"'); return p; }
function keepsParam(p) { eval('var p'); return p; }
console.log(sameAsParam('orig'), keepsParam('kept'));
function nested() { eval('eval("var deep = 42")'); return deep; }
console.log(nested(), typeof deep);
const arrow = () => { eval('var inArrow = "arrow"'); return inArrow; };
console.log(arrow(), typeof inArrow);
function deletable() { eval('var gone = 1'); const before = typeof gone; delete gone; return [before, typeof gone]; }
console.log(deletable());
function strictInside() { 'use strict'; eval('var s = 1'); return typeof s; }
console.log(strictInside());
function redeclareFn() { eval('function f() { return 1; }'); eval('function f() { return 2; }'); return f(); }
console.log(redeclareFn());
const indirect = eval;
function viaIndirect() { indirect('var viaIndirectVar = "global"'); return typeof viaIndirectVar; }
console.log(viaIndirect(), typeof viaIndirectVar, delete globalThis.viaIndirectVar, typeof viaIndirectVar);
eval('var topLevel = "top"');
console.log(topLevel, typeof globalThis.topLevel);
