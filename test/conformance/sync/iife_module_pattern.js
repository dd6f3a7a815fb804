// Immediately invoked function expressions and the module pattern.
const counter = (function () {
  let hidden = 0;
  return {
    next: () => ++hidden,
    reset() {
      hidden = 0;
    },
  };
})();
console.log(counter.next(), counter.next(), counter.next());
counter.reset();
console.log(counter.next());

(function named() {
  console.log('named IIFE runs:', typeof named);
})();
console.log(typeof named);

!function () {
  console.log('unary operator IIFE');
}();

const result = ((a, b) => a * b)(6, 7);
console.log(result);

void function () {
  console.log('void IIFE');
}();
