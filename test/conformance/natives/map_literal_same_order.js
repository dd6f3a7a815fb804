// Object literals with the same property names in the same order share one hidden class (map),
// whatever the values are.
const a = { x: 1, y: 2 };
const b = { x: 3, y: 4 };
const c = { x: 'str', y: null };
console.log('{x:1,y:2} vs {x:3,y:4}:', %HaveSameMap(a, b));
console.log('{x:1,y:2} vs {x:"str",y:null}:', %HaveSameMap(a, c));
function make(x, y) { return { x, y }; }
console.log('make(1,2) vs make(5,6):', %HaveSameMap(make(1, 2), make(5, 6)));
console.log('make(1,2) vs {x:1,y:2}:', %HaveSameMap(make(1, 2), a));
