// Stores without a feedback vector (V8's StoreIC_NoFeedback stub) follow existing transitions by
// themselves, unless a prototype changed since the runtime made the transition's handler: its
// validity cell is then invalid and the store logs X,X once more (added after the fixes).
// record: ic
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let p = new Point(1, 2);
Point.prototype.scale = function () {};
let q = new Point(3, 4);
let r = new Point(5, 6);
Point.prototype.other = 1;
let s = new Point(5, 6);
function Q(a) { this.a = a; }
let q1 = new Q(1);
let o = {}; o.a = 1;
Q.prototype.z = 1;
let q2 = new Q(1);
let o2 = {}; o2.a = 2;
Object.prototype.zz = 1;
let o3 = {}; o3.a = 2;
console.log(q.x, s.y, q2.a, o3.a);
