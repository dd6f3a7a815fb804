// eval inside an arrow function sees the arrow's lexical this (and arguments).
const counter = {
  count: 5,
  viaArrow() { const read = () => eval('this.count'); return read(); },
  viaNested() { return [1, 2].map(n => eval('this.count * n')); },
  viaArguments() { const f = () => eval('arguments[0]'); return f('arrow-arg'); },
  viaFunction() { const f = function () { return eval('typeof this'); }; return f(); },
};
console.log(counter.viaArrow(), counter.viaNested(), counter.viaArguments(), counter.viaFunction());
class Box {
  constructor(v) { this.v = v; this.get = () => eval('this.v'); }
  later() { return (() => () => eval('this.v + 1'))()(); }
}
const b = new Box(10);
const { get } = b;
console.log(get(), b.later());
function Outer() { this.tag = 'outer'; return (() => eval('this.tag'))(); }
console.log(new Outer() instanceof Outer, Outer.call({ tag: 'called' }));
const strictArrow = () => { 'use strict'; return eval('this === globalThis || this === undefined || typeof this'); };
console.log(typeof strictArrow());
