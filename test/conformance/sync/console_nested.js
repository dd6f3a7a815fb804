// console.log of nested objects and arrays.
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null, f: undefined } });
console.log([1, 'two', [3, [4]], { five: 5 }]);
console.log({ level1: { level2: { level3: { level4: 'deep' } } } });
console.log([[[[['deep array']]]]]);
console.log({});
console.log([]);
console.log({ arr: [], obj: {} });
console.log([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
console.log({ 'needs-quotes': 1, valid_id: 2, $dollar: 3, 'with space': 4, 123: 'numeric', '': 'empty' });
