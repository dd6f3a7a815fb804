// Object.assign, spread, Object.entries and Object.fromEntries follow the own-key order.
let src = { b: 1, 1: 'one', a: 2 };
let target = { a: 0, z: 9 };
Object.assign(target, src);
console.log(Object.keys(target).join(','));
let spread = { z: 0, ...src, b: 'b2' };
console.log(Object.keys(spread).join(','), spread.b);
console.log(JSON.stringify(Object.entries(src)));
let back = Object.fromEntries([['y', 1], ['3', 2], ['x', 3], ['0', 4]]);
console.log(Object.keys(back).join(','), %HasFastProperties(back));
let sym = Symbol('s');
let withSym = { [sym]: 1, k: 2 };
let copy = { ...withSym };
console.log(Reflect.ownKeys(copy).map(String).join(','));
console.log(%HaveSameMap(copy, withSym));
