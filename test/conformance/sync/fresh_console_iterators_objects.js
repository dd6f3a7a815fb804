const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const it = m.entries();
it.next();
console.log(it, m.keys(), m.values());
const s = new Set([1, 2]);
console.log(s.entries(), s.values(), [1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());
console.log([1, 2, 3].entries(), [1, 2].keys(), Object.entries({ a: 1 })[Symbol.iterator]());
function* g() { yield 1; }
const gi = g();
console.log(gi, Object.prototype.toString.call(gi), [gi]);
console.log('x'.matchAll(/x/g), typeof Iterator);
