// The timer functions live on the global object in both hosts; queueMicrotask too.
console.log(['setTimeout', 'setInterval', 'clearTimeout', 'queueMicrotask', 'setImmediate', 'requestAnimationFrame']
  .map((n) => n + ':' + (typeof globalThis[n])).join(' '));
globalThis.setTimeout(() => console.log('called through globalThis'), 0);
