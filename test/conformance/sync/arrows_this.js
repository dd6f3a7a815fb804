// Arrow functions take `this` from their surrounding scope; ordinary functions get it from the call.
const timer = {
  name: 'timer',
  regular() {
    return this.name;
  },
  arrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    function plain() {
      return this === undefined ? 'undefined' : this === globalThis ? 'globalThis' : 'other';
    }
    return [inner(), plain()];
  },
};
console.log(timer.regular());
console.log(timer.arrow());
console.log(timer.nested());

const detached = timer.regular;
console.log(detached.call({ name: 'borrowed' }));

function Counter() {
  this.count = 0;
  this.tick = () => {
    this.count++;
    return this.count;
  };
}
const ctr = new Counter();
const tick = ctr.tick;
tick();
tick();
console.log(ctr.count);

const arrowCall = (() => this).call({ ignored: true });
console.log(arrowCall === this);

try {
  const A = () => {};
  new A();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(typeof (() => {}).prototype);
