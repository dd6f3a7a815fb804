// Accessors: a lazy getter that replaces itself, inherited setters, and getters on arrays.
const lazy = {
  get expensive() {
    console.log('computing once');
    Object.defineProperty(this, 'expensive', { value: 6 * 7, writable: false });
    return this.expensive;
  },
};
console.log(lazy.expensive, lazy.expensive, Object.getOwnPropertyDescriptor(lazy, 'expensive'));
const proto = {
  set name(v) {
    this._name = v.toUpperCase();
  },
  get name() {
    return this._name ?? 'anonymous';
  },
};
const child = Object.create(proto);
console.log(child.name);
child.name = 'ada';
console.log(child.name, Object.keys(child), child.hasOwnProperty('name'));
const readOnly = {
  get value() {
    return 1;
  },
};
readOnly.value = 2;
console.log(readOnly.value);
const arr = [1, 2, 3];
Object.defineProperty(arr, 'last', { get() { return this[this.length - 1]; } });
arr.push(4);
console.log(arr.last, arr.length, Object.keys(arr));
const counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.n);
