// Seed: 002_c52e49598bf4ced6.txt, §2.5.1 全局作用域和函数作用域 (test_scope).
var x = 4;
var test;
function test_scope() {
  var name = 'foo';
  console.log(name);
  console.log(type);
  console.log(test);
  var type = 'function';
  test = 1;
  console.log(x);
}
test_scope();
// Added: test_scope assigned the global `test`.
console.log(test);
