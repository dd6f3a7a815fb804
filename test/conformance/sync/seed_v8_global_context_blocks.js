// Seed: 002_c52e49598bf4ced6.txt, §3.1.2 全局执行上下文和全局作用域 (one global context, two scopes).
var x = 5;
{
  let y = 2;
  const z = 3;
  // Added: inside the block all three are visible.
  console.log(x, y, z);
}
// Added: outside only x is.
console.log(x, typeof y, typeof z);
