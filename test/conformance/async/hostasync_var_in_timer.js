// A top-level var read through the global object inside a timer callback: a window property in
// a classic script, a module-local variable in Node.
var shared = 'top-level var';
let lexical = 'top-level let';
setTimeout(function () {
  console.log('shared:', shared);
  console.log('globalThis.shared:', globalThis.shared);
  console.log('globalThis.lexical:', globalThis.lexical);
  console.log("'shared' in globalThis:", 'shared' in globalThis);
}, 0);
