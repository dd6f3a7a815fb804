// Field representations in literals of the same shape: {x: 1} then {x: 1.5} then {x: 'a'}.
// Smi -> Double deprecates the old map, Double -> Tagged generalizes in place.
let a = { x: 1, y: 2 };
let b = { x: 1.5, y: 2 };
console.log('{x:1} vs {x:1.5}:', %HaveSameMap(a, b));
let c = { x: 3, y: 4 };
console.log('{x:3} made after vs {x:1.5}:', %HaveSameMap(c, b));
a.y;
console.log('a after an access vs b:', %HaveSameMap(a, b));
let d = { x: 'a', y: 2 };
console.log('{x:"a"} vs {x:1.5}:', %HaveSameMap(d, b));
let e = { x: {}, y: 2 };
console.log('{x:{}} vs {x:"a"}:', %HaveSameMap(e, d));
function mk(v) { return { p: v }; }
let m1 = mk(1);
let m2 = mk(2);
console.log('mk(1) vs mk(2):', %HaveSameMap(m1, m2));
let m3 = mk(0.5);
console.log('mk(0.5) vs mk(2):', %HaveSameMap(m3, m2));
let m4 = mk(null);
console.log('mk(null) vs mk(0.5):', %HaveSameMap(m4, m3));
console.log('IsSmi(m3.p)', %IsSmi(m3.p), 'IsSmi(mk(4).p)', %IsSmi(mk(4).p));
