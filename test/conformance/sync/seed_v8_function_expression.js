// Seed: 002_c52e49598bf4ced6.txt, §2.3.1 函数声明与函数表达式的差异 (calling a var function expression early).
// The notes show the uncaught "TypeError: foo is not a function"; it is kept uncaught here.
foo();
var foo = function () {
  console.log('foo');
};
