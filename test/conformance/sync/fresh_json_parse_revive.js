const text = '{"name":"Ann","born":"1990-05-01T00:00:00.000Z","scores":[90,85,"77"],"meta":{"active":true,"ratio":0.75,"tags":[]},"empty":null}';
const obj = JSON.parse(text);
console.log(obj);
const revived = JSON.parse(text, (key, value) => {
  if (key === 'born') return new Date(value).getUTCFullYear();
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (key === 'empty') return undefined;
  return value;
});
console.log(revived, 'empty' in revived);
const order = [];
JSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(' '));
console.log(JSON.parse('"\\u0041\\n"'), JSON.parse('1e3'), JSON.parse(' true '), JSON.parse('[]'), JSON.parse('-0'));
for (const bad of ["{'a':1}", '[1,]', '{"a":1,}', 'undefined', 'NaN', '"unterminated', '01', '{"a" 1}']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"2":"b","1":"a","z":0}'));
