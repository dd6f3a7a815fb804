// Object.keys / values / entries / fromEntries / assign.
const obj = { b: 2, a: 1, 3: 'three', 1: 'one' };
console.log(Object.keys(obj), Object.values(obj), Object.entries(obj));
console.log(Object.fromEntries([['x', 1], ['y', 2]]), Object.fromEntries(new Map([['m', true]])));
const doubled = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 2]));
console.log(doubled);
console.log(Object.keys('str'), Object.keys([4, 5]), Object.entries('hi'), Object.keys(5));

const target = { a: 1 };
const returned = Object.assign(target, { b: 2 }, null, { a: 'overwritten', c: 3 }, 'xy');
console.log(returned === target, target);
const withAccessor = Object.assign({}, {
  get computed() {
    return 'getter value copied';
  },
});
console.log(Object.getOwnPropertyDescriptor(withAccessor, 'computed'));
try {
  Object.keys(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
