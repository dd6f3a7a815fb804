// Stores in a function constructor (this.x = x; this.y = y) over the slack-tracking boundary
// (the 7th construction), then a constructor that adds a property conditionally.
// record: ic
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function Maybe(x, withY) {
  this.x = x;
  if (withY) this.y = 1;
}
let pts = [];
for (let i = 0; i < 12; i++) {
  pts.push(new Point(i, i));
}
for (let i = 0; i < 12; i++) {
  new Maybe(i, i % 3 === 0);
}
console.log(pts.length, pts[11].x);
