// record: ic
// A keyed load o[k] that always sees the same name, then several names.
function get(o, k) {
  return o[k];
}
const o = { a: 1, b: 2, c: 3, d: 4, e: 5 };
let r = 0;
for (let i = 0; i < 300; i++) r += get(o, 'a');
const keys = ['a', 'b', 'c', 'd', 'e'];
for (let i = 0; i < 300; i++) r += get(o, keys[i % 5]);
console.log(r);
