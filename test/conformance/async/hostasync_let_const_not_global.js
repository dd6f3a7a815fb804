// let/const at the top level never become properties of the global object; var does only in
// a classic script.
let l = 1;
const c = 2;
var w = 3;
function decl() {}
queueMicrotask(() => {
  console.log('let on global:', 'l' in globalThis, 'const on global:', 'c' in globalThis);
  console.log('var on global:', 'w' in globalThis, 'function on global:', 'decl' in globalThis);
});
setTimeout(() => {
  console.log('values still visible:', l, c, w, typeof decl);
}, 0);
