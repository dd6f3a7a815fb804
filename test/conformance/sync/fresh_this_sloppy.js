function sloppy() { return typeof this; }
function sloppyName() { return this === globalThis; }
console.log(sloppy(), sloppyName());
console.log(sloppy.call(1), sloppy.call('s'), sloppy.call(true), sloppy.call(null) === 'object');
console.log(sloppyName.call(undefined), sloppyName.call(null));
function boxed() { return this; }
const b = boxed.call(42);
console.log(typeof b, b instanceof Number, b + 1);
console.log(boxed.call('hi').length);
const o = { m() { return this; } };
console.log(o.m() === o, (o.m)() === o, (0 || o.m)() === globalThis);
const arrow = () => this;
console.log(typeof arrow());
console.log(arrow.call({ x: 1 }) === arrow());
