// Functions as values: passing, returning, composing.
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));

function curry(fn) {
  return function curried(...args) {
    return args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more);
  };
}
const volume = curry((l, w, h) => l * w * h);
console.log(volume(2)(3)(4), volume(2, 3)(4), volume(2)(3, 4));

function memoize(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) {
      console.log('computing', n);
      cache.set(n, fn(n));
    }
    return cache.get(n);
  };
}
const square = memoize((n) => n * n);
console.log(square(4), square(4), square(5));

const pipeline = [(s) => s.trim(), (s) => s.toUpperCase(), (s) => s + '!'];
console.log(pipeline.reduce((acc, f) => f(acc), '  hello '));
