// record: ic
// A store IC on a frozen object: the store is ignored (sloppy mode) and the IC caches a slow
// handler, then an ordinary object of another shape.
function setX(o, v) {
  o.x = v;
}
const frozen = Object.freeze({ x: 1 });
for (let i = 0; i < 50; i++) setX(frozen, i);
const plain = { x: 1, y: 2 };
for (let i = 0; i < 50; i++) setX(plain, i);
console.log(frozen.x, plain.x);
