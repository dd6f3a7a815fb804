// Accessor properties in object literals.
const person = {
  first: 'Ada',
  last: 'Lovelace',
  get full() {
    return `${this.first} ${this.last}`;
  },
  set full(value) {
    [this.first, this.last] = value.split(' ');
  },
};
console.log(person.full);
person.full = 'Grace Hopper';
console.log(person.first, person.last, person.full);

const log = [];
const observed = {
  _v: 0,
  get v() {
    log.push('get');
    return this._v;
  },
  set v(x) {
    log.push('set ' + x);
    this._v = x;
  },
};
observed.v += 5;
observed.v++;
console.log(observed.v, log.join(', '));

const onlySetter = {
  set s(x) {
    this._s = x;
  },
};
onlySetter.s = 1;
console.log(onlySetter.s, onlySetter._s);

const inherited = Object.create(person);
inherited.full = 'Alan Turing';
console.log(inherited.first, person.first, Object.keys(inherited));
console.log(JSON.stringify(person));
