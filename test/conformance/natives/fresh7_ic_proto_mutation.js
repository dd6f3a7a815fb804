// A prototype that changes under a monomorphic load: a method added to Point.prototype after the
// loads, an own property shadowing the prototype's, and a property added to Object.prototype.
// record: ic
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm = function () {
  return this.x + this.y;
};
function getNorm(p) {
  return p.norm;
}
function getTag(p) {
  return p.tag;
}
let p = new Point(1, 2);
for (let i = 0; i < 12; i++) {
  getNorm(p);
  getTag(p);
}
Point.prototype.scale = function () {};
getNorm(p);
Point.prototype.tag = 'pt';
getTag(p);
let q = new Point(3, 4);
q.norm = 5;
getNorm(q);
Object.prototype.extra = 1;
getTag({});
delete Object.prototype.extra;
console.log(typeof getNorm(p), getTag(p));
