// Lazy, infinite sequences with generators: only what is asked for is computed.
function* naturals() {
  let n = 1;
  while (true) yield n++;
}
function* take(it, k) {
  if (k <= 0) return;
  for (const v of it) {
    yield v;
    if (--k === 0) return;
  }
}
function* map(it, f) {
  for (const v of it) yield f(v);
}
function* filter(it, p) {
  for (const v of it) if (p(v)) yield v;
}
const squaresOfOdds = map(filter(naturals(), (n) => n % 2), (n) => n * n);
console.log([...take(squaresOfOdds, 5)]);
function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log(Array.from(take(fibonacci(), 10)).join(' '));
const g = naturals();
console.log(g.next(), g.next().value, typeof g.next, g[Symbol.iterator]() === g);
console.log(Object.prototype.toString.call(g), String(naturals));
