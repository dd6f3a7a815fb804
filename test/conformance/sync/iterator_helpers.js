// Iterator helpers (map, filter, take, drop, toArray) work lazily on any iterator.
function* naturals() {
  let n = 0;
  while (true) {
    n++;
    yield n;
  }
}
console.log(naturals().filter((n) => n % 3 === 0).map((n) => n * n).take(4).toArray());
console.log(naturals().drop(5).take(3).toArray(), naturals().take(5).reduce((a, b) => a + b, 0));
console.log(naturals().some((n) => n > 10), naturals().take(3).every((n) => n < 5), naturals().find((n) => n * n > 50));
const arrIter = ['a', 'b', 'c'].values().map((s) => s.toUpperCase());
console.log(arrIter.next(), [...arrIter]);
console.log(Iterator.from({ next() { return { done: true }; } }).toArray());
console.log(typeof Iterator.prototype.map, Object.prototype.toString.call(naturals().map((x) => x)));
new Map([['k', 1]]).entries().forEach(([k, v]) => console.log(k, v));
console.log([...new Set([1, 2]).values().flatMap((x) => [x, x * 10])]);
