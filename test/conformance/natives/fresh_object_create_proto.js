// Seed: 002_c52e49598bf4ced6.txt, 2.4.1 原型继承的实现
// Object.create(B): the prototype is part of the map, so children of the same prototype built the
// same way share a map, children of different prototypes do not.
let A = { color: 'red' };
let B = Object.create(A);
B.name = 'B';
let C1 = Object.create(B);
C1.type = 'c1';
let C2 = Object.create(B);
C2.type = 'c2';
let D = Object.create(A);
D.type = 'd';
console.log('C1 vs C2 (same proto):', %HaveSameMap(C1, C2));
console.log('C1 vs D (other proto):', %HaveSameMap(C1, D));
let plain = {};
plain.type = 'p';
console.log('C1 vs {}+type:', %HaveSameMap(C1, plain));
console.log('C1.name', C1.name, 'C1.color', C1.color);
console.log('fast: A', %HasFastProperties(A), 'B', %HasFastProperties(B), 'C1', %HasFastProperties(C1));
let E = Object.create(Object.prototype);
E.type = 'e';
console.log('Object.create(Object.prototype)+type vs {}+type:', %HaveSameMap(E, plain));
let F = Object.create(A, { type: { value: 'f', enumerable: true, writable: true, configurable: true } });
console.log('Object.create(A, {type}) vs D:', %HaveSameMap(F, D), 'fast', %HasFastProperties(F));
