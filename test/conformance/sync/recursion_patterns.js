// Recursion: factorial, flattening, mutual recursion, and walking a tree.
const factorial = (n) => (n <= 1 ? 1 : n * factorial(n - 1));
console.log(factorial(5), factorial(20), factorial(25), factorial(171));
const flatten = (arr) => arr.reduce((acc, x) => (Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat(x)), []);
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(3));
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
const sum = (t) => t.v + t.kids.reduce((s, k) => s + sum(k), 0);
const depth = (t) => 1 + Math.max(0, ...t.kids.map(depth));
console.log(sum(tree), depth(tree));
function hanoi(n, from, to, via, moves = []) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B').join(' '));
const permutations = (s) => (s.length <= 1 ? [s] : [...s].flatMap((c, i) => permutations(s.slice(0, i) + s.slice(i + 1)).map((p) => c + p)));
console.log(permutations('abc'));
