// fresh4: calls through methods: obj.method() with own methods on literals, a shared
// prototype method, and a method replaced on one object.
// record: ic
function makeCounter() {
  return {
    n: 0,
    inc() {
      this.n++;
      return this.n;
    },
  };
}
function Counter() {
  this.n = 0;
}
Counter.prototype.inc = function () {
  this.n++;
  return this.n;
};
function bump(c) {
  return c.inc();
}
let a = makeCounter();
let b = new Counter();
let c = new Counter();
c.inc = function () {
  return -1;
};
let r = 0;
for (let i = 0; i < 12; i++) {
  r += bump(a) + bump(b);
}
r += bump(c);
console.log(r, a.n, b.n);
