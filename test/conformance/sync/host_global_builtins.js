// Globals both hosts provide, checked with typeof.
const names = [
  'setTimeout', 'clearTimeout', 'setInterval', 'queueMicrotask', 'structuredClone',
  'console', 'Math', 'JSON', 'Reflect', 'Proxy', 'Intl', 'WeakRef', 'globalThis',
  'parseInt', 'encodeURIComponent', 'escape', 'atob', 'btoa', 'URL', 'TextEncoder',
  'Uint8Array', 'ArrayBuffer', 'DataView', 'SharedArrayBuffer', 'Atomics', 'BigInt', 'Iterator',
];
for (const n of names) {
  console.log(n, typeof globalThis[n]);
}
console.log(typeof window, typeof global, typeof self, typeof process !== 'undefined');
