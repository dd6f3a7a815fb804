// call, apply and bind.
function describe(greeting, punctuation) {
  return greeting + ', ' + this.name + punctuation;
}
const ada = { name: 'Ada' };
console.log(describe.call(ada, 'Hello', '!'));
console.log(describe.apply(ada, ['Hi', '?']));

const bound = describe.bind(ada, 'Hey');
console.log(bound('.'));
console.log(bound.call({ name: 'ignored' }, '...'));
console.log(bound.name, bound.length, describe.length);

console.log(Math.max.apply(null, [3, 7, 5]));
console.log(Array.prototype.map.call('abc', (ch) => ch.toUpperCase()));

function Point(x, y) {
  this.x = x;
  this.y = y;
}
const BoundPoint = Point.bind(null, 1);
const p = new BoundPoint(2);
console.log(p.x, p.y, p instanceof Point);

const rebound = bound.bind({ name: 'again' }, '?');
console.log(rebound(), rebound.name);

function returnsThis() {
  'use strict';
  return this;
}
console.log(returnsThis.call(undefined), returnsThis.apply(7), returnsThis.bind('s')());
