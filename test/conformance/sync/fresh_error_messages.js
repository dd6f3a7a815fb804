const cases = [
  () => null.x,
  () => undefined.foo.bar,
  () => { const o = {}; o.method(); },
  () => { const o = { inner: {} }; o.inner.fn(); },
  () => notDefinedVar + 1,
  () => { let arr = [1]; arr.push.call(null, 1); },
  () => new Array(-1),
  () => (1).toFixed(200),
  () => 'abc'.repeat(-1),
  () => JSON.parse('{bad json}'),
  () => JSON.parse(''),
  () => { const c = 1; c = 2; },
  () => Symbol() + '',
  () => new (class A { #x; static check(o) { return o.#x; } }).constructor.check({}),
  () => BigInt(1.5),
  () => 1n + 1,
  () => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }),
  () => new Set().add.call({}, 1),
  () => [].reduce((a, b) => a + b),
  () => { 'use strict'; undefined_global_assign = 1; },
  () => Reflect.ownKeys(1),
  () => ({}) instanceof 5,
  () => 'x' in 'string',
  () => new Proxy({}, { get() { throw new RangeError('from trap'); } }).y,
  () => decodeURIComponent('%'),
  () => structuredCloneMissing(),
  () => { function f() { f(); } f(); },
];
for (const fn of cases) {
  try { fn(); console.log('no error'); }
  catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
