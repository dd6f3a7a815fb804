// record: ic
// A keyed load with a symbol key (a name, like a string), then a string key.
const s = Symbol('tag');
function get(o, k) {
  return o[k];
}
const o = { [s]: 1, name: 'x' };
let r;
for (let i = 0; i < 50; i++) r = get(o, s);
for (let i = 0; i < 50; i++) r = get(o, 'name');
console.log(r);
