// JSON.stringify and JSON.parse edge cases: toJSON, replacers, revivers, spacing, skipped values.
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol('s'), d: null, e: NaN, f: -0, g: Infinity }));
console.log(JSON.stringify([undefined, () => 1, Symbol('s'), NaN]));
console.log(JSON.stringify({ date: new Date(0), nested: { toJSON() { return 'custom'; } } }));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'two' }, (k, v) => (typeof v === 'number' ? v * 100 : v)));
console.log(JSON.stringify({ a: [1, { b: 2 }], e: {} , f: [] }, null, 2));
console.log(JSON.stringify({ a: 1 }, null, '--'), JSON.stringify('he said "hi"\n'), JSON.stringify('\u2028'));
console.log(JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
const revived = JSON.parse('{"when":"2020-01-01T00:00:00.000Z","n":"5"}', (k, v) => (k === 'when' ? new Date(v).getUTCFullYear() : v));
console.log(revived);
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', 'undefined', '01']) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
try {
  JSON.stringify({ big: 1n });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
