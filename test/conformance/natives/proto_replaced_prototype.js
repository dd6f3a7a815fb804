// F.prototype replaced by an object literal: the literal becomes a prototype when instances
// are created.
function F() { this.v = 1; }
F.prototype = {
  get() { return this.v; },
  set(v) { this.v = v; },
};
console.log('literal before new F(): fast', %HasFastProperties(F.prototype));
const f = new F();
console.log('after new F(): fast', %HasFastProperties(F.prototype));
console.log('f.get() =', f.get());
console.log('after f.get(): fast', %HasFastProperties(F.prototype));
const g = new F();
console.log('f vs g:', %HaveSameMap(f, g));
