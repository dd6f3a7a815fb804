// Field generalization: Smi -> Double deprecates the map, Double -> Tagged stays in place.
let o1 = { x: 1 };
let o2 = { x: 2 };
let o3 = { x: 3 };
o1.x = 1.5;
console.log('o1/o2 after double', %HaveSameMap(o1, o2));
o2.x;
console.log('o1/o2 after o2 touched', %HaveSameMap(o1, o2));
o3.x = 7;
console.log('o1/o3 after store', %HaveSameMap(o1, o3));
o1.x = 'str';
console.log('o1/o2 after string', %HaveSameMap(o1, o2));
let o4 = { x: 4 };
console.log('new literal / o1', %HaveSameMap(o4, o1));
console.log(%IsSmi(o2.x), %IsSmi(o3.x), %IsSmi(o4.x));
