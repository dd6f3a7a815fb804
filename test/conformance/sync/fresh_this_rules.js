'use strict';
function who() { return this === undefined ? 'undefined' : this === null ? 'null' : typeof this === 'object' ? (this.name || 'object') : String(this); }
const obj = { name: 'obj', who, nested: { name: 'nested', who } };
console.log(who());
console.log(obj.who(), obj.nested.who());
const loose = obj.who;
console.log(loose());
console.log(who.call({ name: 'called' }), who.apply(null), who.call(5));
const bound = who.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'other' }), bound.name);
console.log(new (function F() { this.name = 'made'; console.log(who.call(this)); })().name);
const arrowHolder = {
  name: 'holder',
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.name)[0]; },
  thisArg() { return [1].map(function () { return this.name; }, { name: 'thisArg' })[0]; },
};
console.log(arrowHolder.regular(), arrowHolder.arrow(), arrowHolder.thisArg());
class Btn { constructor() { this.name = 'btn'; this.click = this.click.bind(this); } click() { return this.name; } }
const { click } = new Btn();
console.log(click());
console.log((0, obj.who)(), (obj.who)());
