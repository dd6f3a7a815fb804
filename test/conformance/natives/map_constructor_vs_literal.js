// A constructor's instances start from the constructor's initial map, not from the literal
// or empty-object maps, even with the same properties in the same order.
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(1, 2);
const lit = { x: 1, y: 2 };
const inc = {}; inc.x = 1; inc.y = 2;
console.log('new Point vs literal:', %HaveSameMap(p, lit));
console.log('new Point vs {}+x+y:', %HaveSameMap(p, inc));
console.log('new Point vs new Point:', %HaveSameMap(p, new Point(3, 4)));
function Point2(x, y) { this.x = x; this.y = y; }
console.log('new Point vs new Point2:', %HaveSameMap(p, new Point2(1, 2)));
