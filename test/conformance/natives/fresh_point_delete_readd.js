// Seed: 002_c52e49598bf4ced6.txt, 3.6.4 重新构建隐藏类 and 3.6.5 最佳实践 (尽量避免使用 delete 方法)
// delete makes point a dictionary; adding the property back does not make it fast again, and
// assigning undefined instead keeps the shape.
let point = { x: 100, y: 200 };
let point2 = { x: 1, y: 2 };
delete point.x;
console.log('after delete point.x: fast', %HasFastProperties(point));
point.x = 100;
console.log('after point.x = 100 again: fast', %HasFastProperties(point), 'same map as point2', %HaveSameMap(point, point2));
console.log('keys:', Object.keys(point).join(','));
let point3 = { x: 1, y: 2 };
point3.y = undefined;
console.log('point3.y = undefined: fast', %HasFastProperties(point3), 'same map as point2', %HaveSameMap(point3, point2));
let point4 = { x: 1, y: 2 };
delete point4.y;
console.log('delete last (y): fast', %HasFastProperties(point4));
let point5 = { x: 1, y: 2 };
delete point5.z;
console.log('delete missing z: fast', %HasFastProperties(point5), 'same map', %HaveSameMap(point5, point2));
let d1 = { a: 1, b: 2 };
let d2 = { c: 1, d: 2, e: 3 };
delete d1.a;
delete d2.c;
console.log('two dictionaries share a map:', %HaveSameMap(d1, d2));
