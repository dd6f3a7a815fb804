// Loads on string, number and boolean receivers: 'abc'.length, methods from String.prototype,
// Number.prototype and Boolean.prototype, and an array's length at the same site.
// record: ic
function lengthOf(v) {
  return v.length;
}
function upper(s) {
  return s.toUpperCase();
}
function fixed(n) {
  return n.toFixed(1);
}
function str(b) {
  return b.toString();
}
let out = 0;
for (let i = 0; i < 12; i++) {
  out += lengthOf('abc');
  upper('hi');
  fixed(i);
  str(true);
}
out += lengthOf([1, 2]);
console.log(out, upper('ok'), fixed(1.25), str(false));
