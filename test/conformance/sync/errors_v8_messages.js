// V8's exact messages for common runtime errors.
const cases = [
  () => undefined.x,
  () => null.x,
  () => undefined[0],
  () => {
    const o = {};
    o.a.b;
  },
  () => {
    const o = {};
    o.method();
  },
  () => notDefinedAnywhere,
  () => {
    const c = 1;
    c = 2;
  },
  () => (1)(),
  () => 'str'(),
  () => ({}).x.y.z,
  () => new Array(-1),
  () => (1).toFixed(101),
  () => 'abc'.repeat(-1),
  () => Symbol() + '',
  () => BigInt(1.5),
  () => 1n + 1,
  () => Object.defineProperty(1, 'x', {}),
  () => new (class A {})().x.y,
  () => [].reduce((a, b) => a + b),
  () => JSON.parse('{bad'),
  () => decodeURIComponent('%'),
  () => {
    'use strict';
    undeclaredStrict = 1;
  },
  () => {
    let o = { get x() { return 1; } };
    'use strict';
    Object.freeze(o);
    return (function () {
      'use strict';
      o.y = 1;
    })();
  },
  () => structuredNonsense.call(),
  () => Reflect.ownKeys(1),
  () => new Set().add.call({}, 1),
  () => ({}).toString.call.call(1),
];
for (const f of cases) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
