// Reaction callbacks are called with one argument and this === undefined (globalThis in sloppy functions).
Promise.resolve('v').then(function (...args) {
  console.log('args', args.length, args[0], this === globalThis);
});
Promise.resolve('v').then(function () {
  'use strict';
  console.log('strict this', this);
});
