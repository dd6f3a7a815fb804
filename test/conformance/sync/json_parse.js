// JSON.parse with revivers and its syntax errors.
const text = '{"name":"Ada","born":1815,"langs":["en","fr"],"meta":{"deep":true},"nothing":null}';
const obj = JSON.parse(text);
console.log(obj.name, obj.born + 1, obj.langs[1], obj.meta.deep, obj.nothing);
const keysSeen = [];
const revived = JSON.parse(text, function (key, value) {
  keysSeen.push(key === '' ? '(root)' : key);
  if (typeof value === 'number') return value * 2;
  if (key === 'nothing') return undefined;
  return value;
});
console.log(keysSeen.join(' '));
console.log(revived.born, 'nothing' in revived);
console.log(JSON.parse('"\\u00e9\\n"'), JSON.parse('[1, 2.5e3, -0]'), Object.is(JSON.parse('-0'), -0), JSON.parse(' true '));
const dates = JSON.parse('{"when":"1970-01-01T00:00:00.000Z"}', (k, v) => (k === 'when' ? new Date(v).getTime() : v));
console.log(dates.when);
const bad = ['{', '{"a":1,}', "{'a':1}", '[1,]', 'undefined', '', 'NaN', '{"a" 1}', '01', '"unterminated', 'tru'];
for (const b of bad) {
  try {
    JSON.parse(b);
    console.log('parsed', b);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
console.log(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"__proto__": 1}')));
