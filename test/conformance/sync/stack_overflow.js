// Unbounded recursion overflows the call stack with a catchable RangeError.
function f() {
  return f() + 1;
}
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}

let depth = 0;
function measure() {
  depth++;
  measure();
}
try {
  measure();
} catch (e) {
  console.log(e.name, depth > 1000);
}
console.log('still running after the overflow');

function mutualA(n) {
  return mutualB(n + 1);
}
function mutualB(n) {
  return mutualA(n + 1);
}
try {
  mutualA(0);
} catch (e) {
  console.log(e.constructor === RangeError);
}
