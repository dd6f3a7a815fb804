// console.log depth limit: deeper levels are abbreviated.
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep);
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log({ a: { b: { c: [1, 2, 3] } } });
console.log({ a: { b: { c: { d: [] } } } });
console.log({ a: { b: { c: {} } } });
console.log([{ x: { y: { z: { w: 1 } } } }]);
console.log({ m: { n: { o: new Map([[1, 2]]) } } });
