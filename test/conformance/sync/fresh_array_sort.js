console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(['banana', 'Apple', 'cherry', 'apple', 'Banana'].sort());
console.log(['banana', 'Apple', 'cherry', 'apple'].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1));
console.log([undefined, 3, null, 1, undefined, NaN, 2].sort());
console.log([, 3, , 1].sort(), [true, false, 'true', 0].sort());
const people = [
  { name: 'Zoe', age: 25 }, { name: 'Adam', age: 30 }, { name: 'Bob', age: 25 },
  { name: 'Cara', age: 30 }, { name: 'Dan', age: 20 }, { name: 'Eve', age: 25 },
];
console.log(people.sort((a, b) => a.age - b.age).map(p => p.name).join(' '));
console.log(people.sort((a, b) => b.age - a.age || a.name.localeCompare(b.name)).map(p => `${p.name}(${p.age})`).join(' '));
const calls = [];
[3, 1, 2].sort((a, b) => { calls.push(`${a}${b}`); return a - b; });
console.log(calls.length > 0);
const big = Array.from({ length: 40 }, (_, i) => ({ k: i % 4, i }));
big.sort((a, b) => a.k - b.k);
console.log(big.map(o => o.i).join(','));
const arr = [3, 2, 1];
console.log(arr.sort() === arr, arr);
console.log([1, 2, 3].sort(() => 0), ['b', 'a'].sort(() => -1), [-1, -2, 0, 2, 1].sort());
console.log(['é', 'e', 'z', 'a', 'É'].sort(), [0.5, -0.5, 1e-3, 1e3].sort());
