const rows = [['Name', 'Qty', 'Price'], ['Apple', 3, 1.5], ['Banana', 12, 0.25], ['Cherry', 100, 10]];
for (const [name, qty, price] of rows) {
  const p = typeof price === 'number' ? price.toFixed(2) : price;
  console.log(`${String(name).padEnd(8)}|${String(qty).padStart(5)}|${String(p).padStart(8)}`);
}
const total = rows.slice(1).reduce((s, [, q, p]) => s + q * p, 0);
console.log('Total:', total, total.toFixed(2), total.toPrecision(3), total.toExponential(1));
console.log('-'.repeat(23));
const words = 'The quick brown fox jumps over the lazy dog'.split(' ');
console.log(words.map(w => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(' '));
console.log(words.filter(w => w.length > 3).length, words.map(w => w.length), [...new Set(words.join('').toLowerCase())].sort().join(''));
console.log('abc'.split('').reverse().join(''), 'racecar' === [...'racecar'].reverse().join(''));
console.log('a-b_c d'.split(/[-_ ]/), 'CamelCaseWord'.replace(/([A-Z])/g, ' $1').trim(), 'snake_case_here'.replace(/_(\w)/g, (_, c) => c.toUpperCase()));
console.log('%d items cost %s', 3, '$4.50', 'extra');
console.log('Count: ' + 5 + 5, 'Count: ' + (5 + 5), 5 + 5 + ' count');
