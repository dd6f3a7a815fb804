// Seed: 002_c52e49598bf4ced6.txt, 3.6.3 多个对象共用一个隐藏类 and 3.6.5 最佳实践
// point with a third property: the same names in the same order share a map, any other order
// or count does not, and adding z later reaches yet another map.
let point = { x: 100, y: 200, z: 300 };
let point2 = { x: 1, y: 2, z: 3 };
let point3 = { x: 1, z: 3, y: 2 };
let point4 = { z: 3, y: 2, x: 1 };
let point5 = { x: 1, y: 2 };
point5.z = 3;
let point6 = {};
point6.x = 1;
point6.y = 2;
point6.z = 3;
let point7 = {};
point7.x = 4;
point7.y = 5;
point7.z = 6;
console.log('{x,y,z} vs {x,y,z}:', %HaveSameMap(point, point2));
console.log('{x,y,z} vs {x,z,y}:', %HaveSameMap(point, point3));
console.log('{x,y,z} vs {z,y,x}:', %HaveSameMap(point, point4));
console.log('{x,y,z} vs {x,y}+z:', %HaveSameMap(point, point5));
console.log('{x,y,z} vs {}+x+y+z:', %HaveSameMap(point, point6));
console.log('{}+x+y+z vs {}+x+y+z:', %HaveSameMap(point6, point7));
console.log('{x,y}+z vs {}+x+y+z:', %HaveSameMap(point5, point6));
