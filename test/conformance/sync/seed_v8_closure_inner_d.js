// Seed: 002_c52e49598bf4ced6.txt, §3.4.3 闭包给惰性解析带来的问题和解决方案 (inner keeps d after foo returned).
function foo() {
  let d = 20;
  return function inner(a, b) {
    const c = a + b + d;
    return c;
  };
}
const f = foo();
// Added: d is still reachable through f.
console.log(f(1, 2));
console.log(f(10, 20));
