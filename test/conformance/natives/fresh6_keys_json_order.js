// JSON.stringify and JSON.parse key order: integer-like keys first, then strings in insertion order;
// undefined, functions and symbols are skipped.
let o = { b: 1, 2: 'two', a: undefined, 1: 'one', f: function () {}, c: [3, undefined], d: null };
o[Symbol('s')] = 'sym';
console.log(JSON.stringify(o));
let parsed = JSON.parse('{"z":1,"10":2,"y":3,"2":4,"-1":5,"x":{"b":1,"0":2}}');
console.log(Object.keys(parsed).join(','));
console.log(JSON.stringify(parsed));
console.log(Object.keys(parsed.x).join(','));
console.log(JSON.stringify({ z: 1, a: 2 }, ['a', 'z']));
console.log(%HasFastProperties(parsed));
