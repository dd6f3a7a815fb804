// Slack tracking: ten Points from one constructor; the 3rd and the 9th get an extra z after construction.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let pts = [];
for (let i = 0; i < 10; i++) pts.push(new Point(i, i + 1));
console.log('1st vs 7th:', %HaveSameMap(pts[0], pts[6]));
console.log('1st vs 10th:', %HaveSameMap(pts[0], pts[9]));
pts[2].z = 1;
pts[8].z = 2;
console.log('3rd+z vs 9th+z:', %HaveSameMap(pts[2], pts[8]));
console.log('3rd+z vs 1st:', %HaveSameMap(pts[2], pts[0]));
for (let i = 0; i < 10; i++) pts[i].w = i;
console.log('all +w, 1st vs 10th:', %HaveSameMap(pts[0], pts[9]));
console.log('all +w, 3rd vs 9th:', %HaveSameMap(pts[2], pts[8]));
console.log('fast:', pts.every((p) => %HasFastProperties(p)));
