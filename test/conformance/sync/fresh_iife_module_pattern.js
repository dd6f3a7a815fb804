var counter = (function () {
  var privateCounter = 0;
  function changeBy(val) { privateCounter += val; }
  return {
    increment: function () { changeBy(1); },
    decrement: function () { changeBy(-1); },
    value: function () { return privateCounter; },
  };
})();
console.log(counter.value());
counter.increment();
counter.increment();
counter.decrement();
console.log(counter.value(), counter.privateCounter, typeof changeBy);
const ns = {};
(function (exports) {
  const helper = x => x * 10;
  exports.compute = x => helper(x) + 1;
  exports.version = '1.0';
})(ns);
console.log(ns, ns.compute(4));
const result = (() => { const parts = []; for (let i = 0; i < 3; i++) parts.push(i); return parts.join('|'); })();
console.log(result);
!function () { console.log('bang iife'); }();
void function named() { console.log('void iife', typeof named); }();
console.log(typeof named);
