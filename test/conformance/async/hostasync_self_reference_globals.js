// The names of the global object in each host, compared from a callback.
setTimeout(() => {
  const g = globalThis;
  console.log('global === globalThis:', typeof global !== 'undefined' && global === g);
  console.log('window === globalThis:', typeof window !== 'undefined' && window === g);
  console.log('self === globalThis:', typeof self !== 'undefined' && self === g);
  console.log('frames === globalThis:', typeof frames !== 'undefined' && frames === g);
  console.log('Object.prototype.toString:', Object.prototype.toString.call(g));
}, 0);
