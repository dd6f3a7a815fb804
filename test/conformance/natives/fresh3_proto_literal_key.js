// __proto__ in literals: as the prototype (__proto__: p), as a computed own key (['__proto__']),
// and as a shorthand; maps and fast properties.
let p = { hello() { return 'hi'; } };
let a = { __proto__: p, x: 1 };
let b = { __proto__: p, x: 2 };
let c = Object.create(p);
c.x = 3;
console.log('two __proto__ literals:', %HaveSameMap(a, b));
console.log('literal vs Object.create:', %HaveSameMap(a, c));
console.log('p fast:', %HasFastProperties(p), 'a fast:', %HasFastProperties(a));
let __proto__ = 5;
let d = { __proto__ };
let e = { ['__proto__']: 6 };
console.log('shorthand own key:', Object.keys(d).join(','), Object.getPrototypeOf(d) === Object.prototype);
console.log('computed own key:', Object.keys(e).join(','), %HaveSameMap(d, e), %HasFastProperties(e));
console.log(a.hello(), Object.getPrototypeOf(a) === p);
