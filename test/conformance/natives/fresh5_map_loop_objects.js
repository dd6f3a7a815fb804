// Points created in a loop share one map; the one that gets an extra property leaves it.
// Seed: 002_c52e49598bf4ced6.txt, 3.6.3 (point, point2), varied: objects built in a loop.
const points = [];
for (let i = 0; i < 5; i++) {
  points.push({ x: i * 100, y: i * 200 });
}
console.log('0~1 same map:', %HaveSameMap(points[0], points[1]));
console.log('0~4 same map:', %HaveSameMap(points[0], points[4]));
points[2].z = 300;
console.log('0~2 after z:', %HaveSameMap(points[0], points[2]));
console.log('fast 2:', %HasFastProperties(points[2]));
const built = [];
for (let i = 0; i < 3; i++) {
  const p = {};
  p.x = i;
  p.y = i;
  built.push(p);
}
console.log('built 0~2:', %HaveSameMap(built[0], built[2]));
console.log('built~literal:', %HaveSameMap(built[0], points[0]));
delete points[3].y;
console.log('deleted fast:', %HasFastProperties(points[3]));
console.log('0~3 after delete:', %HaveSameMap(points[0], points[3]));
