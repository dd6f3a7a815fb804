// Top-level var vs a property created later on the global object, read from callbacks.
var fromVar = 1;
globalThis.fromProp = 2;
setTimeout(() => {
  console.log('typeof fromVar:', typeof fromVar, 'globalThis.fromVar:', globalThis.fromVar);
  console.log('typeof fromProp:', typeof fromProp);
  const d = Object.getOwnPropertyDescriptor(globalThis, 'fromVar');
  console.log('descriptor:', d ? [d.writable, d.enumerable, d.configurable].join(',') : 'none');
  console.log('delete fromProp:', delete globalThis.fromProp, typeof fromProp);
}, 0);
