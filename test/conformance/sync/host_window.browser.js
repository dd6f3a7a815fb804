// Browser globals: window, self, document are the same global object family.
console.log(window === globalThis, self === window, window.window === window, frames === window);
var pageVar = 'on window';
console.log(window.pageVar, Object.getOwnPropertyDescriptor(window, 'pageVar').configurable);
console.log(typeof document.createElement, document.readyState !== undefined, document.nodeName);
console.log(Object.prototype.toString.call(window), String(window));
console.log(typeof window.console.log, window.Math === Math, 'alert' in window);
console.log(typeof module, typeof require, typeof process);
