// Higher-order helpers built from closures: once, memoize and a call counter.
function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}
const init = once((x) => {
  console.log('init runs with', x);
  return x * 2;
});
console.log(init(5), init(6));
function memoize(fn) {
  const cache = new Map();
  return (n) => {
    if (cache.has(n)) return cache.get(n);
    const v = fn(n);
    cache.set(n, v);
    return v;
  };
}
let calls = 0;
const slowSquare = memoize((n) => {
  calls++;
  return n * n;
});
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50));
