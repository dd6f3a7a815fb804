// Seed: 002_c52e49598bf4ced6.txt, §3.4.1 惰性解析的过程 (foo is compiled on its first call).
function foo(a, b) {
  var d = 100;
  var f = 10;
  return d + f + a + b;
}
var a = 1;
var c = 4;
foo(1, 5);
// Added: show the result the call computes.
console.log(foo(1, 5), a, c);
