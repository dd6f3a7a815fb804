// Sparse arrays and the length property.
const a = [1, 2, 3];
a[10] = 'far';
console.log(a.length, a[5], 5 in a, Object.keys(a));
a.length = 2;
console.log(a, a[2]);
a.length = 4;
console.log(a, JSON.stringify(a));
const holes = [, , 1];
console.log(holes.length, holes[0], 0 in holes, holes.indexOf(undefined), holes.includes(undefined));
console.log([, 'a'].map((x) => 'mapped'), [, 'a'].join('-'), String([,]));
const arr = [];
arr['2'] = 'string index';
arr['x'] = 'not an index';
console.log(arr.length, Object.keys(arr));
arr[-1] = 'negative';
console.log(arr.length, arr[-1]);
try {
  arr.length = -1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const big = [];
big[2 ** 32 - 2] = 'last';
console.log(big.length);
