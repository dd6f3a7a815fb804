// Top-level names that collide with properties the browser's window already has.
var name = 42;
console.log(typeof name, name);
var counterVar = 1;
let counterLet = 2;
console.log(typeof globalThis.counterVar, typeof globalThis.counterLet);
var status = { ok: true };
console.log(typeof status);
function length() {}
console.log(typeof length);
console.log(typeof globalThis.name, typeof globalThis.status);
