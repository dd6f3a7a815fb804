// Closures keep their outer variables alive after the outer function returned.
function makeCounter() {
  let count = 0;
  return {
    increment() {
      count++;
      return count;
    },
    decrement() {
      count--;
      return count;
    },
    get value() {
      return count;
    },
  };
}
const c1 = makeCounter();
const c2 = makeCounter();
c1.increment();
c1.increment();
c2.decrement();
console.log(c1.value, c2.value);

function adder(x) {
  return function (y) {
    return x + y;
  };
}
const add5 = adder(5);
console.log(add5(1), add5(10), adder('a')('b'));

function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
const init = once((n) => {
  console.log('initialising with', n);
  return n * 2;
});
console.log(init(21), init(99));
