// Object.assign copies properties by ordinary stores, in the source's key order: the copy follows
// the transitions of the names it adds to its target.
let point = { x: 100, y: 200 };
let a = Object.assign({}, point);
let b = Object.assign({}, { x: 1, y: 2 });
let inc = {};
inc.x = 1;
inc.y = 2;
console.log('assign({}, point) vs assign({}, {x,y}):', %HaveSameMap(a, b));
console.log('assign({}, point) vs {}+x+y:', %HaveSameMap(a, inc));
console.log('assign({}, point) vs point:', %HaveSameMap(a, point));
let c = Object.assign({}, { y: 2, x: 1 });
console.log('assign({}, {y,x}) vs assign({}, {x,y}):', %HaveSameMap(c, a));
let target = { x: 0, y: 0 };
Object.assign(target, point);
console.log('assign(point-shaped target, point) vs point:', %HaveSameMap(target, point));
let multi = Object.assign({}, { x: 1 }, { y: 2 }, { z: 3 });
let inc3 = {};
inc3.x = 1;
inc3.y = 2;
inc3.z = 3;
console.log('assign of three sources vs {}+x+y+z:', %HaveSameMap(multi, inc3));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(multi));
