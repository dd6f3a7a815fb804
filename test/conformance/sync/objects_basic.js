// Object literals: shorthand, computed keys, methods, property access.
const name = 'Ada';
const key = 'dynamic';
const obj = {
  name,
  [key + 'Key']: 1,
  ['x' + 1]: 'computed',
  'quoted-key': true,
  42: 'number key',
  greet() {
    return 'Hi ' + this.name;
  },
};
console.log(obj.name, obj.dynamicKey, obj.x1, obj['quoted-key'], obj[42], obj['42']);
console.log(obj.greet());
console.log(Object.keys(obj));
obj.added = 'later';
delete obj.x1;
console.log('x1' in obj, 'added' in obj, obj.missing);
console.log(obj.hasOwnProperty('name'), obj.hasOwnProperty('toString'), Object.hasOwn(obj, 'added'));

const nested = { a: { b: { c: 'deep' } } };
console.log(nested.a.b.c, nested['a']['b']['c']);

const copy = nested;
copy.a.b.c = 'changed through copy';
console.log(nested.a.b.c, copy === nested);

const keyObj = {};
const table = {};
table[keyObj] = 'object as key';
console.log(Object.keys(table), table['[object Object]']);
