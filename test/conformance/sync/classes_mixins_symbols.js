// Mixins with class expressions, Symbol-keyed methods, and toString/valueOf on classes.
const Serializable = (Base) =>
  class extends Base {
    serialize() {
      return JSON.stringify(this);
    }
  };
const Comparable = (Base) =>
  class extends Base {
    compareTo(other) {
      return this.valueOf() - other.valueOf();
    }
  };
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  valueOf() {
    return this.cents;
  }
  toString() {
    return `$${(this.cents / 100).toFixed(2)}`;
  }
  [Symbol.toPrimitive](hint) {
    return hint === 'string' ? this.toString() : this.cents;
  }
}
class Price extends Serializable(Comparable(Money)) {}
const p = new Price(1999);
const q = new Price(500);
console.log(p.serialize(), p.compareTo(q), `${p}`, p + q, p > q, String(q));
console.log(Object.getPrototypeOf(Price).name, Object.getPrototypeOf(Object.getPrototypeOf(Price)).name);
console.log(p instanceof Money, p.constructor.name, [q, p].sort((x, y) => x - y).map(String));
