function makeCounter(start, step) {
  let count = start;
  return {
    inc() { count += step; return count; },
    dec() { count -= step; return count; },
    get value() { return count; },
    reset: () => { count = start; },
  };
}
const c1 = makeCounter(0, 1);
const c2 = makeCounter(100, 10);
console.log(c1.inc(), c1.inc(), c2.dec(), c1.value, c2.value);
c1.reset();
console.log(c1.value, c2.inc());
console.log(c1);
const fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns.map(f => f()));
const fns2 = [];
for (var j = 0; j < 3; j++) (function (j) { fns2.push(() => j * j); })(j);
console.log(fns2.map(f => f()));
function once(fn) { let done = false, result; return (...a) => done ? result : (done = true, result = fn(...a)); }
const init = once((x) => { console.log('init ran with', x); return x * 2; });
console.log(init(5), init(6), init(7));
const adders = [1, 2, 3].map(n => m => n + m);
console.log(adders.map(a => a(10)));
