class Counter {
  static #instances = 0;
  static get instances() { return Counter.#instances; }
  #count = 0;
  #log = [];
  constructor(label) { this.label = label; Counter.#instances++; }
  #record(op) { this.#log.push(op); }
  increment() { this.#count++; this.#record('inc'); return this; }
  get count() { return this.#count; }
  static isCounter(o) { return #count in o; }
  history() { return this.#log.join(','); }
  static { console.log('static block ran', this.name); }
}
const c = new Counter('first');
c.increment().increment();
const d = new Counter('second');
console.log(c.count, d.count, Counter.instances, c.history(), Counter.isCounter(c), Counter.isCounter({}));
console.log(c, Object.keys(c), JSON.stringify(c));
console.log(Object.getOwnPropertyNames(Counter), Object.getOwnPropertyNames(Counter.prototype));
try { Counter.prototype.increment.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Sub extends Counter { constructor() { super('sub'); this.extra = true; } }
const s = new Sub();
s.increment();
console.log(s, s.count, Counter.instances, Sub.instances);
