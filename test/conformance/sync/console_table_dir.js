// console.table for arrays of objects and console.dir for objects.
console.table([
  { name: 'ann', age: 30 },
  { name: 'bob', city: 'Oslo' },
]);
console.table({ x: { v: 1 }, y: { v: 2 } });
console.table(['a', 'b']);
console.table([[1, 2], [3, 4]]);
console.dir({ nested: { deep: { deeper: { deepest: 1 } } } });
console.dir([1, 'two']);
console.table([{ a: 1, b: 2 }], ['b']);
