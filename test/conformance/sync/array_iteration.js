// Callback-based array methods.
const nums = [5, 12, 8, 130, 44];
console.log(nums.find((n) => n > 10), nums.findIndex((n) => n > 10), nums.findLast((n) => n > 10), nums.findLastIndex((n) => n > 10));
console.log(nums.find((n) => n > 1000), nums.findIndex((n) => n > 1000));
console.log(nums.filter((n) => n % 2 === 0), nums.map((n, i) => n * i));
console.log(nums.some((n) => n > 100), nums.every((n) => n > 1), [].some(() => true), [].every(() => false));
const seen = [];
nums.forEach((n, i, arr) => seen.push(`${i}:${n}:${arr.length}`));
console.log(seen.join(' '));
console.log(['1', '2', '3'].map(parseInt), ['1', '2', '3'].map(Number));
const sparse = [1, , 3];
let visits = 0;
sparse.forEach(() => visits++);
console.log(visits, sparse.map((x) => x * 2));
const ctx = { factor: 3 };
console.log([1, 2].map(function (x) {
  return x * this.factor;
}, ctx));
try {
  nums.map('not a function');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.groupBy([1, 2, 3, 4], (n) => (n % 2 ? 'odd' : 'even')));
