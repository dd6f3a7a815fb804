const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get c() { return this._c; },
};
console.log(temp.f, temp.c);
temp.f = 212;
console.log(temp.f, temp.c);
temp.c = 0;
console.log(temp.c, temp);
const desc = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(temp, 'c'));
class Person {
  #first = ''; #last = '';
  get full() { return `${this.#first} ${this.#last}`.trim(); }
  set full(v) { [this.#first, this.#last = ''] = v.split(' '); }
}
const p = new Person();
p.full = 'Ada Lovelace';
console.log(p.full, p, Object.keys(p));
p.full = 'Plato';
console.log(JSON.stringify(p.full));
const counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.n);
console.log(counter);
const o = {};
Object.defineProperty(o, 'ro', { get() { return 'read-only'; }, enumerable: true });
o.ro = 'x';
console.log(o.ro, o);
