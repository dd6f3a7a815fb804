// The iterators behind arrays, strings, Maps and Sets, and how they report themselves.
const arr = ['a', 'b'];
console.log([...arr.entries()], [...arr.keys()], [...arr.values()]);
const it = arr[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call('x'[Symbol.iterator]()));
const m = new Map([['k', 1]]);
console.log(Object.prototype.toString.call(m.entries()), m.entries().next());
const s = new Set(['v']);
console.log([...s.entries()], s.keys === s.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
const obj = { x: 1, y: 2 };
for (const [k, v] of Object.entries(obj)) console.log(`${k}=${v}`);
const strIt = 'a😀'[Symbol.iterator]();
console.log(strIt.next().value, strIt.next().value.length, strIt.next().done);
