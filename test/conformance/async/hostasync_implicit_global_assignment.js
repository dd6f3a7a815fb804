// Assigning to an undeclared name creates a configurable global property on both hosts; a top-level
// var is a non-configurable global property only in a classic script.
implicitGlobal = 'implicit';
var declared = 'declared';
setTimeout(() => {
  console.log('implicit in globalThis:', 'implicitGlobal' in globalThis, globalThis.implicitGlobal);
  console.log('delete implicit:', delete globalThis.implicitGlobal, typeof implicitGlobal);
  console.log('declared in globalThis:', 'declared' in globalThis);
  console.log('delete declared:', delete globalThis.declared, typeof declared);
}, 0);
