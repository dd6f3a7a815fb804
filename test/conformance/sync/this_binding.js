// How `this` is chosen: method call, plain call (sloppy and strict), call/apply, new.
function sloppy() {
  return this === globalThis;
}
function strict() {
  'use strict';
  return this;
}
console.log(sloppy(), strict());
console.log(strict.call(5), typeof sloppy.call(5), sloppy.call(null));

const obj = {
  id: 'obj',
  who() {
    return this && this.id;
  },
};
console.log(obj.who());
const who = obj.who;
console.log(who() === undefined);
console.log((0, obj.who)() === undefined);
console.log((obj.who)());

const other = { id: 'other', who: obj.who };
console.log(other.who());

function Person(name) {
  this.name = name;
}
const p = new Person('Ada');
console.log(p.name);

const callbacks = {
  id: 'cb',
  run() {
    return [1, 2].map(function () {
      return this.id;
    }, this);
  },
};
console.log(callbacks.run());
