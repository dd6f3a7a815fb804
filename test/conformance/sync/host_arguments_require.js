// Things that exist at the top level of a Node module but not in a browser script.
console.log(typeof arguments, typeof require, typeof module, typeof exports, typeof __filename);
try {
  console.log(arguments.length);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(typeof globalThis.require, typeof globalThis.module, typeof globalThis.process);
console.log(this === globalThis, typeof this, JSON.stringify(this) === '{}');
