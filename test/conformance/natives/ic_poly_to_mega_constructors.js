// record: ic
// Five constructors with the same field name: the load site goes 0 → 1 → P (up to four maps)
// → N on the fifth.
function A() { this.v = 1; }
function B() { this.v = 2; }
function C() { this.v = 3; }
function D() { this.v = 4; }
function E() { this.v = 5; }
function getV(o) {
  return o.v;
}
const objs = [new A(), new B(), new C(), new D(), new E()];
let s = 0;
for (let i = 0; i < 100; i++) s += getV(objs[Math.floor(i / 20)]);
console.log(s);
