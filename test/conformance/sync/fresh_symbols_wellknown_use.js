class Money {
  constructor(amount, cur) { this.amount = amount; this.cur = cur; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : `${this.amount.toFixed(2)} ${this.cur}`; }
  get [Symbol.toStringTag]() { return 'Money'; }
  static [Symbol.hasInstance](x) { return typeof x === 'object' && x !== null && 'cur' in x; }
}
const m = new Money(5, 'EUR');
console.log(`${m}`, +m, m + '', m * 2, String(m), Object.prototype.toString.call(m));
console.log({ cur: 'x' } instanceof Money, m instanceof Money, m);
const list = { items: ['a', 'b'], [Symbol.iterator]() { return this.items[Symbol.iterator](); } };
console.log([...list], Array.from(list));
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable), [1].concat({ length: 1, 0: 'no' }));
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const ma = MyArr.from([1, 2, 3]);
console.log(ma, ma instanceof MyArr, ma.map(x => x) instanceof MyArr, ma.length);
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.for);
