// Store and load ICs in class methods: fields declared in the class, a setter method,
// and a subclass instance reaching the same method.
// record: ic
class Counter {
  count = 0;
  step = 1;
  inc() {
    this.count = this.count + this.step;
    return this.count;
  }
}
class BigCounter extends Counter {
  step = 10;
}
const c = new Counter();
const b = new BigCounter();
let t = 0;
for (let i = 0; i < 14; i++) t += c.inc();
for (let i = 0; i < 3; i++) t += b.inc();
console.log(t, c.count, b.count);
