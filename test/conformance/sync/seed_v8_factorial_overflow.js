// Seed: 002_c52e49598bf4ced6.txt, §3.1.1 构造数据存储空间：堆空间和栈空间 (factorial(50000)).
// The notes show "Uncaught RangeError: Maximum call stack size exceeded"; kept as in the notes.
function factorial(n) {
  if (n === 1) {
    return 1;
  }
  return n * factorial(n - 1);
}
console.log(factorial(50000));
