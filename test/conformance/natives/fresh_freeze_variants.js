// Object.freeze / seal / preventExtensions on literals of the same shape: each gives a new map,
// and objects of the same shape frozen the same way share it.
let a = Object.freeze({ x: 1, y: 2 });
let b = Object.freeze({ x: 3, y: 4 });
let c = { x: 5, y: 6 };
console.log('frozen vs frozen:', %HaveSameMap(a, b));
console.log('frozen vs plain:', %HaveSameMap(a, c));
console.log('frozen fast:', %HasFastProperties(a));
let s1 = Object.seal({ x: 1, y: 2 });
let s2 = Object.seal({ x: 1, y: 2 });
console.log('sealed vs sealed:', %HaveSameMap(s1, s2), 'sealed vs frozen:', %HaveSameMap(s1, a));
let n1 = Object.preventExtensions({ x: 1, y: 2 });
let n2 = Object.preventExtensions({ x: 1, y: 2 });
console.log('non-extensible vs non-extensible:', %HaveSameMap(n1, n2), 'vs sealed:', %HaveSameMap(n1, s1));
Object.freeze(s2);
console.log('sealed then frozen vs frozen:', %HaveSameMap(s2, a));
let e = Object.freeze({});
let e2 = Object.freeze({});
console.log('frozen {} vs frozen {}:', %HaveSameMap(e, e2), 'fast', %HasFastProperties(e));
'use strict';
c.z = 1;
a.z = 1;
console.log('a.z after store on frozen:', a.z, 'isFrozen', Object.isFrozen(a));
