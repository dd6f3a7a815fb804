// Array-like objects (length + indexes) work with Array.from and Array.prototype methods via call.
const arrayLike = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log(Array.from(arrayLike), Array.prototype.map.call(arrayLike, (s) => s.toUpperCase()));
console.log(Array.prototype.join.call(arrayLike, '+'), Array.isArray(arrayLike));
console.log(Array.prototype.slice.call('hello', 1, 3), Array.prototype.filter.call('a1b2', (c) => c > '9'));
const sparse = { length: 3, 1: 'middle' };
console.log(Array.from(sparse), Array.prototype.indexOf.call(sparse, 'middle'));
Array.prototype.push.call(arrayLike, 'd');
console.log(arrayLike);
function collect() {
  return Array.prototype.reduce.call(arguments, (acc, x) => acc + x, 0);
}
console.log(collect(1, 2, 3, 4));
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.from(new Map([[1, 2]])));
try {
  Array.from({ length: -1 });
  console.log('negative length is treated as 0');
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
