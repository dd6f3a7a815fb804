// Spread in calls and array literals accepts any iterable.
console.log(Math.max(...[3, 9, 2]), Math.max(...[]), Math.min());
console.log([...'héllo'], [...new Set([1, 1, 2, 3, 3])]);
console.log([...new Map([[1, 'a']]).keys()], [...Array(3).keys()]);
function count() {
  return arguments.length;
}
console.log(count(...[1, 2], 3, ...'ab'));
const holes = [1, , 3];
console.log([...holes], holes.length, 1 in holes, 1 in [...holes]);
try {
  console.log([...{ a: 1 }]);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  Math.max(...123);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const iterable = {
  *[Symbol.iterator]() {
    yield 'x';
    yield 'y';
  },
};
console.log([...iterable, ...iterable].join('-'));
