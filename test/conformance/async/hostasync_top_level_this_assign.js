// `this.x = ...` at the top level writes to window in a classic script and to module.exports
// in CommonJS; callbacks read it back through globalThis and through a captured this.
this.fromThis = 'set through this';
const self = this;
setTimeout(() => {
  console.log('globalThis.fromThis:', globalThis.fromThis);
  console.log('captured this.fromThis:', self.fromThis);
  console.log('this === globalThis:', self === globalThis);
  console.log('own keys of this:', Object.keys(self).includes('fromThis'));
}, 0);
