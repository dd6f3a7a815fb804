// Constructor instances share maps across the end of slack tracking; a property added to one
// instance makes a new branch that later instances can share.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let ps = [];
for (let i = 0; i < 10; i++) ps.push(new Point(i, i));
console.log('1st/10th', %HaveSameMap(ps[0], ps[9]));
ps[2].z = 1;
console.log('3rd+z / 1st', %HaveSameMap(ps[2], ps[0]));
ps[8].z = 2;
console.log('3rd+z / 9th+z', %HaveSameMap(ps[2], ps[8]));
let lit = { x: 0, y: 0 };
console.log('literal / 1st', %HaveSameMap(lit, ps[0]));
let q = new Point(1, 2);
q.z = 3;
console.log('11th+z / 3rd+z', %HaveSameMap(q, ps[2]));
console.log(%HasFastProperties(q));
