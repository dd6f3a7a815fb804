// Function declarations at top level and their visibility through the global object.
function globalFn() {
  return 'called';
}
var globalExpr = function () {};
console.log(typeof globalThis.globalFn, typeof globalThis.globalExpr);
console.log(globalFn === globalThis.globalFn);
console.log(Object.keys(globalThis).includes('globalFn'));
var shadowed = 'top-level var';
function readGlobal() {
  return typeof globalThis.shadowed === 'string' ? 'global property' : 'module local';
}
console.log(readGlobal());
