// Seed: 002_c52e49598bf4ced6.txt, §3.4.3 闭包给惰性解析带来的问题和解决方案 (the preparser finds a syntax error inside foo).
// The notes show "Uncaught SyntaxError: Invalid regular expression: missing /"; nothing runs.
function foo(a, b) {
  {/} //语法错误
}
var a = 1
var c = 4
foo(1, 5)
