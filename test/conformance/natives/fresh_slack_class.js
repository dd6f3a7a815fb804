// Slack tracking for class instances: the first instances reserve slack, later ones are shrunk;
// all share the class's maps, and properties added after construction follow one transition.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const pts = [];
for (let i = 0; i < 10; i++) pts.push(new Point(i, i));
console.log('all share a map:', pts.every(p => %HaveSameMap(p, pts[0])));
pts[0].z = 1;
pts[9].z = 1;
console.log('1st + z vs 10th + z:', %HaveSameMap(pts[0], pts[9]));
for (let i = 0; i < 10; i++) pts[i].w = i;
console.log('after +w: 1st vs 10th', %HaveSameMap(pts[0], pts[9]), ' 2nd vs 9th', %HaveSameMap(pts[1], pts[8]));
class Empty {}
const es = [];
for (let i = 0; i < 10; i++) {
  const e = new Empty();
  for (let j = 0; j < 12; j++) e['p' + j] = j;
  es.push(e);
}
console.log('Empty + 12 keyed props: fast', es.map(e => %HasFastProperties(e) ? 1 : 0).join(''));
console.log('1st vs 10th:', %HaveSameMap(es[0], es[9]));
