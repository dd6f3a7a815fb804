// The scope chain: inner scopes shadow outer ones; closures see the binding, not a copy.
const level = 'global';
function outer() {
  const level = 'outer';
  function middle() {
    function inner() {
      return level;
    }
    return inner();
  }
  return middle();
}
console.log(outer());
let counter = 1;
function readCounter() {
  return counter;
}
counter = 2;
console.log(readCounter());
{
  let counter = 'block';
  console.log(counter, readCounter());
}
function makeAdders() {
  const adders = {};
  for (const n of [1, 2, 3]) {
    adders['add' + n] = (x) => x + n;
  }
  return adders;
}
const { add1, add3 } = makeAdders();
console.log(add1(10), add3(10));
var shadowed = 'var';
function params(shadowed) {
  return shadowed;
}
console.log(params('param'), params());
const fnExpr = function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
};
console.log(fnExpr(5), typeof fact);
