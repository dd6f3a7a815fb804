// Seed: 002_c52e49598bf4ced6.txt, §3.5.3 生成字节码 (add(x, y), the Ldar/Add/Star/Return example).
function add(x, y) {
  var z = x + y;
  return z;
}
console.log(add(1, 2));
