const data = { name: 'Ann', age: 31, password: 'hunter2', tags: ['a', 'b'], nested: { deep: { x: 1 } }, when: new Date(0), nothing: undefined, fn() {}, sym: Symbol('s'), nan: NaN, inf: -Infinity };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, ['name', 'tags', 'nested', 'deep']));
console.log(JSON.stringify(data, (k, v) => k === 'password' ? '***' : typeof v === 'number' ? v * 2 : v));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: [] , d: {} }, null, '--'));
console.log(JSON.stringify([1, [2, [3]]], null, 20));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ d: { toJSON(key) { return 'key:' + key; } } }));
console.log(JSON.stringify([undefined, function () {}, Symbol()]), JSON.stringify(undefined), JSON.stringify(null));
console.log(JSON.stringify('quote " and \\ and \n and \u0001 and é'), JSON.stringify({ '\n': 1 }));
const seen = [];
JSON.stringify({ a: { b: [1] } }, function (k, v) { seen.push(`${JSON.stringify(k)}:${Array.isArray(this) ? 'arr' : typeof this}`); return v; });
console.log(seen.join(' '));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inh: 1 })));
console.log(JSON.stringify({ big: 1e21, small: 1e-7, neg: -0, float: 0.1 + 0.2 }));
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => typeof v === 'number' ? v + 100 : v));
console.log(JSON.stringify(JSON.parse(' [1, "two", true, null, {"x": -1.5e2}] ')));
