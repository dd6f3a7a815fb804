// Array.prototype.sort: default string order, comparators, stability, undefined and holes.
console.log([10, 1, 5, 100, 25].sort(), [10, 1, 5, 100, 25].sort((a, b) => a - b));
console.log(['banana', 'Apple', 'cherry', 'apple'].sort());
console.log(['banana', 'Apple', 'cherry'].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1));
const people = [
  { name: 'Ann', age: 30 },
  { name: 'Bob', age: 25 },
  { name: 'Cid', age: 30 },
  { name: 'Dan', age: 25 },
];
console.log(people.sort((a, b) => a.age - b.age).map((p) => p.name).join(' '));
const withUndef = [3, undefined, 1, , 2];
withUndef.sort();
console.log(withUndef, withUndef.length, 3 in withUndef, 4 in withUndef);
console.log([true, false, 'a', 1, null].sort());
const arr = [3, 2, 1];
const result = arr.sort();
console.log(result === arr, arr);
try {
  [2, 1].sort('not a function');
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
