// Keyed loads and stores on arrays with number keys: a Smi array, then a double array and an
// object array at the same site; stores that grow the array at its end (arr[arr.length] = v) and
// stores that change the elements kind.
// record: ic
function at(arr, i) {
  return arr[i];
}
function set(arr, i, v) {
  arr[i] = v;
}
let smis = [1, 2, 3];
let doubles = [1.5, 2.5];
let objs = ['a', {}];
for (let i = 0; i < 12; i++) {
  at(smis, i % 3);
}
at(doubles, 0);
at(objs, 1);
let grow = [];
for (let i = 0; i < 12; i++) {
  set(grow, grow.length, i);
}
set(grow, 0, 0.5);
set(grow, 1, 'x');
console.log(at(smis, 2), grow.length, grow[0], grow[1]);
