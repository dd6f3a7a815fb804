// A top-level `var onload = fn` assigns window.onload in a classic script (an event handler that
// runs at the load event); in a CommonJS module it is just a variable.
var onload = function () {
  console.log('onload ran, this is the global object:', this === globalThis);
};
console.log('typeof onload:', typeof onload, 'on globalThis:', typeof globalThis.onload);
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('microtask'));
