const data = {
  id: 7, tags: ['a', 'b'], empty: [], emptyObj: {}, nested: { deep: [1, [2, [3, {}]]] },
  when: new Date(Date.UTC(2021, 0, 2)), u: undefined, n: null, b: true,
};
console.log(JSON.stringify(data, null, 4));
console.log(JSON.stringify(data, null, '\t'));
console.log(JSON.stringify(data, ['id', 'nested', 'deep'], 1));
console.log(JSON.stringify([[]], null, 2), JSON.stringify([{}], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify('\u2028\u2029\ud800'), JSON.stringify({ a: '\x00\x1f' }));
console.log(JSON.stringify(Object.assign([1, 2], { extra: 1 })), JSON.stringify(new Boolean(false)), JSON.stringify(Object('s')));
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === '' ? [v, v] : v), 1));
console.log(JSON.stringify(123), JSON.stringify('str'), JSON.stringify([NaN, Infinity, -0]));
const parsed = JSON.parse(JSON.stringify(data));
console.log(parsed, typeof parsed.when);
