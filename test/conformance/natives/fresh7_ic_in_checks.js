// `in` checks: 'x' in o on objects that have x, that inherit it, and that lack it; an index
// in an array (in and out of bounds); and hasOwnProperty for comparison.
// record: ic
function hasX(o) {
  return 'x' in o;
}
function hasIndex(arr, i) {
  return i in arr;
}
let point = { x: 1, y: 2 };
for (let i = 0; i < 12; i++) {
  hasX(point);
  hasIndex([1, 2, 3], 1);
}
hasX(Object.create(point));
hasX({ y: 1 });
hasIndex([1, 2, 3], 7);
hasIndex([1, , 3], 1);
console.log(hasX(point), hasX({}), hasIndex([1, 2], 5), point.hasOwnProperty('x'));
