// Names that exist only in one host, checked from callbacks.
setTimeout(() => {
  const types = {
    require: typeof require, module: typeof module, exports: typeof exports,
    __filename: typeof __filename, __dirname: typeof __dirname, process: typeof process,
    global: typeof global, window: typeof window, self: typeof self, document: typeof document,
    setImmediate: typeof setImmediate, requestAnimationFrame: typeof requestAnimationFrame,
    queueMicrotask: typeof queueMicrotask, structuredClone: typeof structuredClone,
  };
  for (const [n, t] of Object.entries(types)) console.log(n.padEnd(22), t);
}, 0);
