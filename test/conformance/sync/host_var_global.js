// Top-level var and function declarations: global properties in a browser, module locals in Node.
var x = 1;
let y = 2;
const z = 3;
function topLevelFunction() {}
console.log(globalThis.x, globalThis.y, globalThis.z, typeof globalThis.topLevelFunction);
console.log('x' in globalThis, Object.getOwnPropertyDescriptor(globalThis, 'x') !== undefined);
var desc = Object.getOwnPropertyDescriptor(globalThis, 'x');
console.log(desc && desc.configurable, desc && desc.enumerable);
console.log(delete globalThis.x, typeof x);
globalThis.x = 'assigned via globalThis';
console.log(x);
