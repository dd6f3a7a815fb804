const values = [undefined, null, true, false, 0, -0, 1, NaN, Infinity, '', '0', '1', 'abc', ' 1 ', [], [0], [1, 2], {}, function () {}];
const label = v => typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v}]` : typeof v === 'function' ? 'fn' : Object.is(v, -0) ? '-0' : v === null ? 'null' : typeof v === 'object' ? '{}' : String(v);
console.log('value'.padEnd(10), 'Number'.padEnd(10), 'String'.padEnd(18), 'Boolean');
for (const v of values) {
  console.log(label(v).padEnd(10), String(Number(v)).padEnd(10), JSON.stringify(String(v)).padEnd(18), Boolean(v));
}
console.log(values.map(v => typeof v).join(','));
console.log([1, '1', true].map(v => v == 1), [0, '', false, null, undefined, NaN].map(v => v == false));
