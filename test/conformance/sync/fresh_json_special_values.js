const weird = { date: new Date(Date.UTC(2000, 0, 1)), re: /x/g, map: new Map([[1, 2]]), set: new Set([1]), err: new Error('e'), nested: [undefined, () => 1, Symbol('s'), NaN, -0, Infinity], boxed: [new Number(3), new String('s'), new Boolean(false)], big: null };
console.log(JSON.stringify(weird));
console.log(JSON.stringify(weird, null, 1));
const withToJSON = { a: 1, toJSON(key) { return `toJSON called with key "${key}"`; } };
console.log(JSON.stringify(withToJSON), JSON.stringify({ inner: withToJSON }), JSON.stringify([withToJSON]));
console.log(JSON.stringify({ a: [], b: {}, c: '' }, null, 2));
console.log(JSON.stringify({ key: 'value' }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify([1, 2], null, -1), JSON.stringify([1, 2], null, 0), JSON.stringify([1, 2], null, ''));
console.log(JSON.parse('[1e2, 1E-2, -0.5, 0.1e1]'), JSON.parse('"\\ud83d\\ude00"'), JSON.parse('{"":""}'));
