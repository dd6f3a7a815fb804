// Seed: 002_c52e49598bf4ced6.txt, §2.3.1 函数声明与函数表达式的差异 (calling a declaration before it).
foo();
function foo() {
  console.log('foo');
}
