// The TypeError and ReferenceError messages beginners meet most often.
const cases = {
  callUndefined: () => undefined(),
  callProperty: () => ({}).method(),
  callNested: () => ({ a: {} }).a.b.c(),
  readNull: () => null.length,
  readUndefinedProp: () => ({}).x.y,
  setUndefined: () => {
    undefined.z = 1;
  },
  notIterable: () => {
    for (const x of 5) {
    }
  },
  notIterableObj: () => {
    const [a] = { length: 1 };
  },
  constAssign: () => {
    const c = 1;
    c = 2;
  },
  notDefined: () => missingVariable + 1,
  newArrow: () => new (() => {})(),
  newMath: () => new Math.max(),
  reduceEmpty: () => [].reduce((a, b) => a + b),
  mapNotFunction: () => [1].map(null),
  badLength: () => new Array(-1),
  inOperator: () => 'x' in 'string',
  instanceofBad: () => ({}) instanceof {},
  symbolToNumber: () => Symbol() + 1,
  bigintMix: () => 1n + 1,
  toFixedRange: () => (1).toFixed(101),
  repeatNegative: () => 'a'.repeat(-1),
  jsonCycle: () => {
    const o = {};
    o.self = o;
    JSON.stringify(o);
  },
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, '->', e.constructor.name + ':', e.message.split('\n')[0]);
  }
}
