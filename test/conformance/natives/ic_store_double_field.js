// record: ic
// A store IC on a Smi field, then a double stored into it: the field becomes Double on a new
// map (the old one is deprecated) and the store IC follows.
function setX(o, v) {
  o.x = v;
}
const a = { x: 1 };
for (let i = 0; i < 50; i++) setX(a, i);
for (let i = 0; i < 50; i++) setX(a, i + 0.5);
console.log(a.x);
