let order = [];
const log = (s, v) => (order.push(s), v);
class Base {
  baseField = log('Base field', 1);
  constructor() { log('Base ctor'); this.fromCtor = true; }
}
class Derived extends Base {
  derivedField = log('Derived field', this.baseField + 1);
  static staticField = log('static field', 's');
  static { log('static block'); }
  constructor() { log('Derived ctor start'); super(); log('Derived ctor end'); }
}
console.log(order.join(' | '));
order = [];
const d = new Derived();
console.log(order.join(' | '));
console.log(d, Object.keys(d));
class Counter { count = 0; inc = () => ++this.count; }
const c = new Counter();
const { inc } = c;
inc(); inc();
console.log(c.count, c, Object.keys(c), typeof Counter.prototype.inc);
class WithComputed { ['a' + 'b'] = 1; [Symbol.for('f')] = 2; 3 = 'three'; 'quoted key' = 4; }
console.log(new WithComputed());
