// reduce and reduceRight.
const nums = [1, 2, 3, 4];
console.log(nums.reduce((acc, n) => acc + n), nums.reduce((acc, n) => acc + n, 10));
console.log(nums.reduceRight((acc, n) => acc + n, ''), nums.reduce((acc, n) => acc + n, ''));
const steps = [];
nums.reduce((acc, n, i) => {
  steps.push(`acc=${acc} n=${n} i=${i}`);
  return acc * n;
});
console.log(steps);
const counts = ['a', 'b', 'a', 'c', 'a'].reduce((m, ch) => {
  m[ch] = (m[ch] || 0) + 1;
  return m;
}, {});
console.log(counts);
console.log([[1, 2], [3], [4, 5]].reduce((a, b) => a.concat(b), []));
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'initial only'));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  [].reduceRight((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
