// Top-level declarations and the global object: a script puts var and function on it, a module does not.
var topVar = 1;
let topLet = 2;
const topConst = 3;
function topFunction() {}
console.log('topVar' in globalThis, 'topLet' in globalThis, 'topConst' in globalThis, 'topFunction' in globalThis);
console.log(typeof globalThis.topFunction, globalThis.topVar, globalThis.topLet);
implicitGlobal = 'created by assignment';
console.log(globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);
console.log(delete globalThis.topVar, typeof topVar);
function sloppyThis() {
  return this === globalThis;
}
console.log(sloppyThis(), (() => typeof this)(), typeof this);
console.log(Object.keys(this).length === 0 || Object.keys(this).includes('topVar'));
