// Keyed loads and stores with string keys: o[k] with one constant key name, then the same site
// with several names (keyed property-name feedback), an integer-like string key '1', and a
// keyed store adding new names.
// record: ic
function get(o, k) {
  return o[k];
}
function put(o, k, v) {
  o[k] = v;
}
let bar = { A: 'bar-A', B: 'bar-B', C: 'bar-C' };
for (let i = 0; i < 12; i++) {
  get(bar, 'A');
}
get(bar, 'B');
get(bar, 'C');
get(bar, '1');
let o = {};
for (let i = 0; i < 12; i++) {
  put(o, 'p', i);
}
put(o, 'q', 1);
put(o, 'r', 2);
console.log(get(bar, 'A'), o.p, o.q, o.r);
