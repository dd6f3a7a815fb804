// Private methods, private static members and the `#x in obj` brand check.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() {
    Counter.#instances++;
  }
  #bump(by) {
    this.#count += by;
  }
  get #doubled() {
    return this.#count * 2;
  }
  increment() {
    this.#bump(1);
    return this;
  }
  report() {
    return `${this.#count} ${this.#doubled}`;
  }
  static instances() {
    return Counter.#instances;
  }
  static isCounter(o) {
    return #count in o;
  }
}
const c = new Counter().increment().increment();
new Counter();
console.log(c.report(), Counter.instances());
console.log(Counter.isCounter(c), Counter.isCounter({}));
try {
  Counter.prototype.report.call({});
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  Counter.prototype.increment.call({});
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Object.keys(c), JSON.stringify(c), typeof Counter.prototype.increment);
