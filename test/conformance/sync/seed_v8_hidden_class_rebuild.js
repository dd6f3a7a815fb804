// Seed: 002_c52e49598bf4ced6.txt, §3.6.4 重新构建隐藏类 (adding properties one at a time).
// The notes use d8's %DebugPrint, which needs --allow-natives-syntax; console.log replaces it.
let point = {};
console.log(point);
point.x = 100;
console.log(point);
point.y = 200;
console.log(point);
// §3.6.5: delete changes the shape again.
delete point.x;
console.log(point);
