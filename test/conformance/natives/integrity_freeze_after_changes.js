// Freezing objects in dictionary mode, with many properties, or twice.
const d = { a: 1, b: 2 };
delete d.a;
Object.freeze(d);
console.log('freeze a dictionary: fast', %HasFastProperties(d), 'frozen', Object.isFrozen(d));
const twice = Object.freeze({ x: 1 });
const before = { x: 2 };
Object.freeze(before);
Object.freeze(before);
console.log('freeze twice vs once:', %HaveSameMap(twice, before));
const big = {};
for (let i = 0; i < 10; i++) big['p' + i] = i;
Object.freeze(big);
console.log('10 properties frozen: fast', %HasFastProperties(big));
try {
  (function () { 'use strict'; twice.y = 1; })();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
