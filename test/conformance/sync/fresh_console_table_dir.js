console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: 3 } });
console.table([{ name: 'ann', age: 31 }, { name: 'bob', age: 25 }], ['name']);
console.table(['a', 'b']);
console.table(5);
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir([1, 'two']);
