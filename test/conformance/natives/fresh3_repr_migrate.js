// Smi -> Double: o.x = 1.5 gives o a new map; o2 keeps the deprecated one until it is touched.
let o = { x: 1, y: 2 };
let o2 = { x: 3, y: 4 };
let o3 = { x: 5, y: 6 };
console.log('before:', %HaveSameMap(o, o2));
o.x = 1.5;
console.log('after o.x = 1.5:', %HaveSameMap(o, o2));
console.log('o2.x', o2.x);
console.log('after reading o2.x:', %HaveSameMap(o, o2));
o3.y = 7;
console.log('after writing o3.y:', %HaveSameMap(o, o3));
let o4 = { x: 9, y: 10 };
console.log('new literal after:', %HaveSameMap(o, o4));
console.log('IsSmi:', %IsSmi(o.x), %IsSmi(o2.x), %IsSmi(o4.x), %IsSmi(o4.y));
o.x = 2;
console.log('back to integer 2, IsSmi:', %IsSmi(o.x));
