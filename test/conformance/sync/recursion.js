// Recursion: factorial, fibonacci, mutual recursion, deep structures.
function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
console.log(factorial(0), factorial(5), factorial(20), factorial(25));

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(fib).join(' '), fib(20));

function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(7));

function depth(tree) {
  return tree.children.length === 0 ? 1 : 1 + Math.max(...tree.children.map(depth));
}
const tree = { children: [{ children: [] }, { children: [{ children: [{ children: [] }] }] }] };
console.log(depth(tree));

function flatten(arr) {
  return arr.reduce((acc, x) => (Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat([x])), []);
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));

function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + '->' + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
