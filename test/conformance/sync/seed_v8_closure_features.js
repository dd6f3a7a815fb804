// Seed: 002_c52e49598bf4ced6.txt, §3.4.2 闭包的三个基础特性 (the three examples).
// 1. 允许在函数内部定义新的函数
function foo1() {
  function inner() {}
  inner();
}
foo1();
// 2. 可以在内部函数中访问父函数中定义的变量
var d = 20;
// inner 函数的父函数，词法作用域
function foo2() {
  var d = 55;
  // foo 的内部函数
  function inner() {
    return d + 2;
  }
  // Added: print what inner sees (the notes call inner() without using the result).
  console.log(inner());
}
foo2();
// 3. 因为函数是一等公民，所以函数可以作为返回值
function foo3() {
  return function inner(a, b) {
    const c = a + b;
    return c;
  };
}
const f = foo3();
console.log(f(1, 2), f.name, d);
