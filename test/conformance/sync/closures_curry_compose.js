// Currying, partial application and composition with closures.
const curry = (fn) =>
  function curried(...args) {
    return args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more);
  };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
function partial(fn, ...preset) {
  return (...rest) => fn(...preset, ...rest);
}
const greet = (greeting, name, punct) => `${greeting}, ${name}${punct}`;
console.log(partial(greet, 'Hello')('Ada', '!'));
console.log(add3.name, add3.length, compose.length, inc.name);
