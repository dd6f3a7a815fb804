// Getters and setters on classes: overriding in a subclass and calling super's accessor.
class Temperature {
  constructor(c) {
    this._c = c;
  }
  get fahrenheit() {
    return this._c * 1.8 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) / 1.8;
  }
  get label() {
    return 'T';
  }
}
class Rounded extends Temperature {
  get fahrenheit() {
    return Math.round(super.fahrenheit);
  }
  get label() {
    return super.label + '(rounded)';
  }
}
const t = new Temperature(21.5);
console.log(t.fahrenheit);
t.fahrenheit = 212;
console.log(t._c);
const r = new Rounded(21.5);
console.log(r.fahrenheit, r.label);
r.fahrenheit = 100;
console.log(r._c);
const d = Object.getOwnPropertyDescriptor(Rounded.prototype, 'fahrenheit');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(Object.keys(r), 'fahrenheit' in r, r.hasOwnProperty('fahrenheit'));
