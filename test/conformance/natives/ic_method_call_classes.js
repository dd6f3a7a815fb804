// record: ic
// Method calls on instances of a class and its subclass: the method load finds the method on
// two different prototypes (two receiver maps).
class Shape {
  area() { return 0; }
}
class Sq extends Shape {
  constructor(s) { super(); this.s = s; }
  area() { return this.s * this.s; }
}
function total(list) {
  let t = 0;
  for (const x of list) t += x.area();
  return t;
}
const list = [new Shape(), new Sq(2), new Sq(3)];
let r = 0;
for (let i = 0; i < 30; i++) r += total(list);
console.log(r);
