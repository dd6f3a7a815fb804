// Changing an object's prototype changes its map; objects switched to the same prototype end
// on the same map.
const p = { hi() { return 'p'; } };
const a = { x: 1 };
const b = { x: 2 };
console.log('a vs b:', %HaveSameMap(a, b));
Object.setPrototypeOf(a, p);
console.log('after setPrototypeOf(a, p): a vs b', %HaveSameMap(a, b));
Object.setPrototypeOf(b, p);
console.log('after setPrototypeOf(b, p): a vs b', %HaveSameMap(a, b));
console.log('a fast', %HasFastProperties(a), 'p fast', %HasFastProperties(p));
console.log('a.hi() =', a.hi(), 'p fast', %HasFastProperties(p));
const c = { x: 3 };
c.__proto__ = p;
console.log('__proto__ assignment vs setPrototypeOf:', %HaveSameMap(a, c));
