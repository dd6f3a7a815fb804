// Object keys of every kind: numbers, quoted names, symbols and non-enumerable properties.
const sym = Symbol('tag');
const o = {
  normal: 1,
  'needs quotes': 2,
  'kebab-case': 3,
  42: 'number key',
  [sym]: 'symbol value',
  [Symbol()]: 'anonymous symbol',
  [Symbol.iterator]: 'well-known',
  nested: { [Symbol('inner')]: true },
};
Object.defineProperty(o, 'secret', { value: 'hidden', enumerable: false });
console.log(o);
console.log(Object.keys(o), Object.getOwnPropertySymbols(o).length);
console.log({ undefined: undefined, null: null, true: true });
console.log({ __proto__: { inherited: 1 }, own: 2 });
console.log({ ['__proto__']: 'computed proto key' });
console.log(Object.create(Array.prototype), Object.create(Map.prototype));
