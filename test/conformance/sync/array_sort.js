// sort: default string order, comparators, stability, undefined and holes last.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log(['banana', 'apple', 'Cherry', 'apple2'].sort());
console.log([true, false, null, undefined, 'null', 2, 10].sort());
console.log([3, undefined, 1, , 2].sort());
const people = [
  { name: 'Ann', age: 30 },
  { name: 'Bob', age: 25 },
  { name: 'Cid', age: 30 },
  { name: 'Dee', age: 25 },
  { name: 'Eve', age: 35 },
];
console.log(people.sort((a, b) => a.age - b.age).map((p) => p.name).join(' '));
console.log(people.sort((a, b) => b.age - a.age).map((p) => `${p.name}${p.age}`).join(' '));
const arr = [3, 1, 2];
console.log(arr.sort() === arr);
console.log([1, 2, 3].sort(() => 0), ['b', 'a'].sort(() => -1));
console.log(['x10', 'x9', 'x1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
const big = [];
for (let i = 0; i < 30; i++) big.push({ key: i % 3, id: i });
console.log(big.sort((a, b) => a.key - b.key).map((o) => o.id).join(','));
try {
  [1, 2].sort('nope');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
