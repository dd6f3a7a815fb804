// Seed: 002_c52e49598bf4ced6.txt, §3.6.1–3.6.3 隐藏类 (point and point2 share a shape).
// The notes use d8's %DebugPrint, which needs --allow-natives-syntax; console.log replaces it.
let point = { x: 100, y: 200 };
let point2 = { x: 3, y: 4 };
console.log(point);
console.log(point2);
console.log(Object.keys(point).join() === Object.keys(point2).join());
// §3.6.5 最佳实践: same properties, different order, different shape.
let point3 = { y: 100, x: 200 };
console.log(Object.keys(point3));
