// this inside a sloppy-mode timer callback: the global object in browsers, the Timeout in Node.
setTimeout(function () {
  console.log('this === globalThis:', this === globalThis);
  console.log('this type:', this && this.constructor && this.constructor.name);
}, 0);
setTimeout(() => {
  console.log('arrow: this is the top-level this:', this === topThis);
}, 0);
var topThis = this;
