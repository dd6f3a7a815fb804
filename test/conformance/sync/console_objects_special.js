// Objects the console shows specially: arguments, boxed primitives, Object.create(null), globalThis keys.
function args() {
  return arguments;
}
console.log(args(1, 'two', [3]));
console.log(args());
console.log(new Boolean(true), new Number(-0), new String(''), Object(Symbol.iterator));
const bare = Object.create(null);
bare.x = { y: Object.create(null) };
console.log(bare);
console.log(Object.create(null, { hidden: { value: 1 } }));
console.log([function () {}, class {}, () => {}, async () => {}]);
console.log({ f() {}, async g() {}, *h() {}, get i() { return 1; } });
console.log(JSON, Math.constructor === Object, Reflect);
