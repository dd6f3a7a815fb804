// Transforming objects with entries/fromEntries, reduce, and sorting keys.
const prices = { apple: 1.2, banana: 0.5, cherry: 3, date: 2.25 };
const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2]));
console.log(doubled);
const cheap = Object.fromEntries(Object.entries(prices).filter(([, v]) => v < 2));
console.log(cheap, Object.keys(prices).sort((a, b) => prices[b] - prices[a]));
const total = Object.values(prices).reduce((s, v) => s + v, 0);
console.log(total, total.toFixed(2));
const inverted = Object.entries({ a: 'x', b: 'y' }).reduce((acc, [k, v]) => ({ ...acc, [v]: k }), {});
console.log(inverted);
const counts = [...'hello world'].reduce((acc, ch) => {
  if (ch !== ' ') acc[ch] = (acc[ch] || 0) + 1;
  return acc;
}, {});
console.log(counts);
const nested = { a: { b: { c: 1 } }, d: [1, { e: 2 }] };
const flat = {};
(function walk(o, path) {
  for (const [k, v] of Object.entries(o)) {
    const p = path ? path + '.' + k : k;
    if (v && typeof v === 'object') walk(v, p);
    else flat[p] = v;
  }
})(nested, '');
console.log(flat);
