// JSON.stringify: indentation, replacers, toJSON, and values JSON cannot hold.
const data = { name: 'Ada', tags: ['math', 'code'], nested: { a: 1, b: [true, null] }, empty: {}, none: [] };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, '--'));
console.log(JSON.stringify(data, ['name', 'nested', 'a']));
console.log(JSON.stringify(data, (key, value) => (typeof value === 'number' ? value * 100 : value)));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), n: NaN, i: -Infinity, d: new Date(0), z: -0 }));
console.log(JSON.stringify([undefined, function () {}, Symbol('x')]));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null), JSON.stringify('str"quote'), JSON.stringify('\u2028\n\t'));
const withToJSON = {
  secret: 'hidden',
  toJSON(key) {
    return { shown: 'from toJSON', key };
  },
};
console.log(JSON.stringify({ item: withToJSON }), JSON.stringify(withToJSON));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Number(5)), JSON.stringify(Object('s')));
console.log(JSON.stringify({ b: 1, a: 2, 1: 'one' }), JSON.stringify([[[]]], null, 1));
const circular = { self: null };
circular.self = circular;
try {
  JSON.stringify(circular);
} catch (e) {
  console.log(e.constructor.name, e.message.split('\n')[0]);
}
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
