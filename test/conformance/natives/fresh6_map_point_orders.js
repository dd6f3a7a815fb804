// The notes' best practice 1 (3.6.5): the same properties in a different order give different
// hidden classes; literals and objects built by stores differ too.
// Seed: 002_c52e49598bf4ced6.txt, 3.6.5
let point = { x: 100, y: 200 };
let point2 = { y: 100, x: 200 };
let point3 = {};
point3.x = 1;
point3.y = 2;
let point4 = {};
point4.y = 1;
point4.x = 2;
let point5 = { x: 5, y: 6 };
let point6 = {};
point6.x = 7;
point6.y = 8;
console.log('point/point2', %HaveSameMap(point, point2));
console.log('point/point5', %HaveSameMap(point, point5));
console.log('point/point3', %HaveSameMap(point, point3));
console.log('point3/point4', %HaveSameMap(point3, point4));
console.log('point3/point6', %HaveSameMap(point3, point6));
