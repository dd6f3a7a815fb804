// Well-known symbols: iterator, toPrimitive, toStringTag, hasInstance, species, isConcatSpreadable.
class Money {
  constructor(amount) {
    this.amount = amount;
  }
  [Symbol.toPrimitive](hint) {
    return hint === 'string' ? `$${this.amount}` : this.amount;
  }
  get [Symbol.toStringTag]() {
    return 'Money';
  }
}
const m = new Money(5);
console.log(`${m}`, m + 1, m * 2, Object.prototype.toString.call(m), String(m));

const countdown = {
  from: 3,
  *[Symbol.iterator]() {
    for (let i = this.from; i > 0; i--) yield i;
  },
};
console.log([...countdown]);

const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable));
const notSpread = [3, 4];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(notSpread).length);

class MyArray extends Array {
  static get [Symbol.species]() {
    return Array;
  }
}
const mapped = MyArray.from([1, 2]).map((x) => x);
console.log(mapped instanceof MyArray, mapped instanceof Array);

console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call([]), Object.prototype.toString.call(new Map()));
const re = /x/;
re[Symbol.match] = false;
console.log('/x/'.startsWith(re));
