// Seed: 002_c52e49598bf4ced6.txt, §3.1.2 全局执行上下文和全局作用域 (bar calls show_x).
var x = 1;
function show_x() {
  console.log(x);
}
function bar() {
  show_x();
}
bar();
