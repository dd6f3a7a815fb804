// fresh4: keyed loads o[k] with constant-looking string keys, a varying string key,
// number keys on an object and a symbol key.
// record: ic
const tag = Symbol('tag');
let o = { x: 1, y: 2, 0: 'zero', 1: 'one', [tag]: 'sym' };
function get(obj, k) {
  return obj[k];
}
function getX(obj) {
  let k = 'x';
  return obj[k];
}
let r = [];
for (let i = 0; i < 12; i++) {
  r.push(getX(o));
}
for (let i = 0; i < 12; i++) {
  r.push(get(o, i % 2 ? 'x' : 'y'));
}
r.push(get(o, 0), get(o, 1), get(o, tag));
console.log(r.join(','));
