// Array.from, Array.of, Array.isArray, the Array constructor, keys/values/entries.
console.log(Array.from('abc'), Array.from(new Set([1, 2, 2])), Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from(new Map([[1, 'a']])), Array.from([1, 2], (x) => x * 2), Array.from({ 0: 'x', 2: 'z', length: 3 }));
console.log(Array.of(7), Array.of(1, 2, 3), Array(7).length, Array(1, 2), new Array('7'), Array.of());
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(new Array()), Array.isArray(Array.prototype));
console.log([...['a', 'b'].keys()], [...['a', 'b'].values()], [...['a', 'b'].entries()]);
console.log([...[, 'x'].keys()], Object.keys([, 'x']));
try {
  new Array(1.5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
