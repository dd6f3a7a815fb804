// An object built by adding x then y to {} and a literal {x,y} have the same property order
// but not the same map: the literal's map is sized for exactly two in-object fields, {}
// starts from the empty-object map with four.
const lit = { x: 1, y: 2 };
const inc = {};
inc.x = 1;
inc.y = 2;
console.log('literal vs incremental:', %HaveSameMap(lit, inc));
const inc2 = {};
inc2.x = 10;
inc2.y = 20;
console.log('incremental vs incremental:', %HaveSameMap(inc, inc2));
const obj = new Object();
obj.x = 1;
obj.y = 2;
console.log('new Object() + x + y vs {} + x + y:', %HaveSameMap(obj, inc));
console.log('{} vs new Object():', %HaveSameMap({}, new Object()));
console.log('{} vs {}:', %HaveSameMap({}, {}));
