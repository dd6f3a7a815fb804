// Private field loads and stores (this.#x) and a public getter over them.
// record: ic
class Point {
  #x;
  #y;
  constructor(x, y) {
    this.#x = x;
    this.#y = y;
  }
  move(d) {
    this.#x += d;
    return this.#x + this.#y;
  }
}
const p = new Point(1, 2);
let r = 0;
for (let i = 0; i < 12; i++) r = p.move(1);
console.log(r);
