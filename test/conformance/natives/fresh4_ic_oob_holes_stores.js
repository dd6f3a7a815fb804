// fresh4: keyed loads out of bounds and on holes, and keyed stores that grow an array
// one element at a time, write into a hole, and jump past the end.
// record: ic
function at(a, i) {
  return a[i];
}
function put(a, i, v) {
  a[i] = v;
}
let arr = [1, 2, 3];
let miss = 0;
for (let i = 0; i < 12; i++) {
  if (at(arr, i % 5) === undefined) miss++;
}
let h = [1, , 3];
for (let i = 0; i < 3; i++) {
  if (at(h, 1) === undefined) miss++;
}
let g = [];
for (let i = 0; i < 12; i++) {
  put(g, i, i);
}
put(g, 20, 1);
put(h, 1, 2);
console.log(miss, g.length, h.join());
