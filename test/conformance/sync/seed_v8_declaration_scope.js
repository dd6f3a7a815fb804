// Seed: 002_c52e49598bf4ced6.txt, §2.3.2 V8 处理函数声明 and §2.3.3 V8 处理函数表达式 (what is in the scope before execution).
// Added: before the code runs, x is undefined and foo is already a function object.
console.log(x, typeof foo);
var x = 5;
function foo() {
  console.log('Foo');
}
// §2.3.3: a function expression assigned with let is in its TDZ until the assignment runs.
try {
  bar();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
let bar = function () {
  console.log('foo');
};
// Added: after execution both are initialised.
console.log(x);
foo();
bar();
