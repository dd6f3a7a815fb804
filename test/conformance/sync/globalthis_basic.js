// globalThis: the global object, the same in every host.
console.log(typeof globalThis, globalThis.globalThis === globalThis, globalThis.Math === Math, globalThis.Array === Array);
globalThis.sharedValue = 42;
console.log(sharedValue, typeof sharedValue);
sloppyImplicit = 'created by assignment';
console.log(globalThis.sloppyImplicit, 'sloppyImplicit' in globalThis);
let lexical = 'let is not on the global object';
const alsoLexical = 1;
console.log(globalThis.lexical, globalThis.alsoLexical, 'lexical' in globalThis);
console.log(typeof globalThis.console.log, typeof globalThis.setTimeout, typeof globalThis.JSON.parse);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'globalThis').enumerable);
console.log(['Object', 'Function', 'Array', 'Number', 'parseFloat', 'NaN', 'Infinity', 'undefined'].every((k) => k in globalThis));
const desc = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
console.log(desc.writable, desc.configurable);
undefined = 'cannot change';
console.log(undefined);
