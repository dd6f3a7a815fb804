// The transition tree branches: {x} → {x,y} and {x} → {x,z} are different leaves that share
// the {x} map on the way.
const o1 = {}; o1.x = 1;
const o2 = {}; o2.x = 2;
console.log('{x} vs {x}:', %HaveSameMap(o1, o2));
o1.y = 1;
o2.z = 2;
console.log('{x,y} vs {x,z}:', %HaveSameMap(o1, o2));
const o3 = {}; o3.x = 3; o3.y = 3;
const o4 = {}; o4.x = 4; o4.z = 4;
console.log('{x,y} vs new {x,y}:', %HaveSameMap(o1, o3));
console.log('{x,z} vs new {x,z}:', %HaveSameMap(o2, o4));
