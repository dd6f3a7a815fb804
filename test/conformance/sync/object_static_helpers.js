// Object.fromEntries, Object.is, Object.hasOwn, getOwnPropertyNames and friends.
const entries = [['a', 1], ['b', 2]];
const obj = Object.fromEntries(entries);
console.log(obj, Object.fromEntries(new Map([['m', true]])));
console.log(Object.entries(obj).map(([k, v]) => `${k}=${v * 10}`));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log(Object.hasOwn(obj, 'a'), Object.hasOwn(obj, 'toString'), 'toString' in obj);
console.log(Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames([1]));
console.log(Object.keys('str'), Object.values('hi'), Object.entries([7, 8]));
const target = { a: 1 };
const returned = Object.assign(target, null, { b: 2 }, 'xy', undefined);
console.log(returned === target, target);
console.log(Object.getOwnPropertyNames(Object.prototype).sort().slice(0, 5));
const frozen = Object.freeze({ inner: { x: 1 } });
frozen.inner.x = 2;
frozen.added = true;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.inner));
console.log(Object.entries(Object.getOwnPropertyDescriptors({ get g() { return 1; }, v: 2 })).map(([k, d]) => k + ':' + Object.keys(d)));
