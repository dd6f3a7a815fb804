// Objects made by a factory function in a loop share one map; a late property splits them.
function makePoint(x, y) {
  return { x: x, y: y };
}
let pts = [];
for (let i = 0; i < 10; i++) pts.push(makePoint(i, i * 1.5));
console.log('0/1', %HaveSameMap(pts[0], pts[1]));
console.log('1/9', %HaveSameMap(pts[1], pts[9]));
let lit = { x: 1, y: 2.5 };
console.log('factory/literal', %HaveSameMap(pts[1], lit));
pts[5].z = 0;
console.log('5/6', %HaveSameMap(pts[5], pts[6]));
let q = makePoint(1, 'a');
console.log('string y / 1', %HaveSameMap(q, pts[1]));
console.log('string y / 0', %HaveSameMap(q, pts[0]));
