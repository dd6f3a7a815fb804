// Freezing instances of one class: they share the frozen map; a frozen instance is still fast.
class P {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const a = Object.freeze(new P(1, 2));
const b = Object.freeze(new P(3, 4));
const c = new P(5, 6);
console.log('frozen P vs frozen P:', %HaveSameMap(a, b));
console.log('frozen P vs P:', %HaveSameMap(a, c));
console.log('fast:', %HasFastProperties(a), 'frozen:', Object.isFrozen(a));
const d = Object.seal(new P(7, 8));
d.x = 70;
console.log('sealed write:', d.x, 'sealed vs frozen:', %HaveSameMap(d, a));
const e = {};
Object.freeze(e);
console.log('frozen {} vs frozen {}:', %HaveSameMap(e, Object.freeze({})));
