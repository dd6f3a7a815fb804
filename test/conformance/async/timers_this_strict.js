'use strict';
// this inside a strict-mode timer callback.
setTimeout(function () {
  console.log('strict this === globalThis:', this === globalThis, typeof this);
}, 0);
var ivId = setInterval(function () {
  console.log('interval this === globalThis:', this === globalThis);
  clearInterval(ivId);
}, 0);
