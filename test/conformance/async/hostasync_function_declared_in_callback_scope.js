// Functions declared at the top level vs inside a callback: only the former reach the global
// object in a classic script.
function topLevel() {}
setTimeout(function () {
  function inner() {}
  console.log('topLevel on global:', typeof globalThis.topLevel);
  console.log('inner on global:', typeof globalThis.inner);
  console.log('inner visible here:', typeof inner);
}, 0);
queueMicrotask(() => console.log('microtask sees topLevel:', typeof topLevel));
