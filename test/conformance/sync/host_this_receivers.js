// `this` in sloppy functions, strict functions, arrows, methods and callbacks.
function sloppy() {
  return this === globalThis ? 'global' : typeof this;
}
function strict() {
  'use strict';
  return this === undefined ? 'undefined' : typeof this;
}
const obj = {
  name: 'obj',
  regular() {
    return this.name;
  },
  arrow: () => typeof this,
  nested() {
    return [1].map(function () {
      return this === globalThis;
    })[0];
  },
  nestedArrow() {
    return [1].map(() => this.name)[0];
  },
};
console.log(sloppy(), strict(), sloppy.call(7), strict.call(7));
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow());
const detached = obj.regular;
console.log(detached() === undefined || detached());
console.log([1].map(strict)[0], [1].map(strict, 'thisArg')[0]);
console.log(typeof globalThis, globalThis === globalThis.globalThis);
