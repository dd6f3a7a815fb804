// Deeply nested objects and arrays: Node stops at depth 2, DevTools previews one level.
const deep = { level1: { level2: { level3: { level4: 'bottom' } } } };
console.log(deep);
console.log([[[[['five']]]]]);
console.log({ arr: [[1, [2, [3, [4]]]]] });
const mixed = { list: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }], map: new Map([['k', { v: [1] }]]) };
console.log(mixed);
console.log([{}, [], { a: {} }, [[]]]);
const wide = {};
for (let i = 0; i < 30; i++) wide['key' + i] = i;
console.log(wide);
