class Temp {
  static #count = 0;
  #c;
  constructor(c) { this.#c = c; Temp.#count++; }
  get f() { return this.#c * 1.8 + 32; }
  set f(v) { this.#c = (v - 32) / 1.8; }
  get c() { return this.#c; }
  static get count() { return Temp.#count; }
  toJSON() { return { c: this.#c }; }
}
const t = new Temp(100);
console.log(t, t.f, t.c, Temp.count);
t.f = 32;
console.log(t.c, JSON.stringify(t), JSON.stringify([t, new Temp(1)]), Temp.count);
console.log(Object.keys(t), Object.getOwnPropertyNames(Temp.prototype), 'f' in t, t.hasOwnProperty('f'));
const d = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');
console.log(d, typeof d.get);
console.log(Object.getOwnPropertyDescriptor(Temp, 'count'));
class Child extends Temp { get f() { return 'child ' + super.f; } }
console.log(new Child(0).f, new Child(0).c, Temp.count);
console.log(Child, Object.getPrototypeOf(Child) === Temp, Child.count);
