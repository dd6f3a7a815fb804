// Literal maps: computed keys, duplicated keys, numbers of properties and methods in literals.
let k = 'y';
let a = { x: 1, [k]: 2 };
let b = { x: 1, y: 2 };
let c = {};
c.x = 1;
c.y = 2;
console.log('computed/literal', %HaveSameMap(a, b));
console.log('computed/built', %HaveSameMap(a, c));
let d = { x: 1, x: 2, y: 3 };
console.log('duplicate/literal', %HaveSameMap(d, b), d.x);
let m1 = { x: 1, f() {} };
let m2 = { x: 2, f() {} };
console.log('methods', %HaveSameMap(m1, m2), %HasFastProperties(m1));
let s1 = { x: 1, ['s' + 1]: 2 };
let s2 = { x: 1, ['s' + 1]: 3 };
console.log('computed twice', %HaveSameMap(s1, s2));
