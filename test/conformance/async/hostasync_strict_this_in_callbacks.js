'use strict';
// In strict code a plain call gives this === undefined; the timer's own this is not affected.
function show(where) {
  console.log(where + ':', this === undefined ? 'undefined' : this === globalThis ? 'globalThis' : typeof this);
}
Promise.resolve().then(show.bind(undefined, 'bound then'));
Promise.resolve().then(function () { show.call(this, 'then'); });
queueMicrotask(function () { show.call(this, 'queueMicrotask'); });
setTimeout(function () { show.call(this === globalThis ? this : undefined, 'timer (window or not)'); }, 0);
console.log('top-level this is undefined:', this === undefined);
