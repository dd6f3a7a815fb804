// clearTimeout before firing, from another timer, on an already-fired timer, and on junk ids.
const a = setTimeout(() => console.log('a: never'), 10);
clearTimeout(a);
const b = setTimeout(() => console.log('b: never, cleared by c'), 40);
setTimeout(() => {
  console.log('c clears b');
  clearTimeout(b);
}, 20);
const d = setTimeout(() => console.log('d fired'), 1);
setTimeout(() => {
  clearTimeout(d);
  console.log('clearing d after it fired is harmless');
}, 60);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(123456);
clearTimeout('junk');
console.log('clearing junk ids does not throw');
