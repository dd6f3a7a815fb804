// Function declarations beat var declarations during hoisting; assignments happen in order.
console.log(typeof both);
var both = 'a string';
function both() {}
console.log(typeof both);
function outer() {
  console.log(typeof inner, localVar);
  var localVar = 1;
  function inner() {}
  return localVar;
}
console.log(outer());
var shadow = 'global';
function shadowing() {
  console.log(shadow);
  var shadow = 'local';
  console.log(shadow);
}
shadowing();
console.log(typeof expr);
var expr = function () {};
console.log(typeof expr);
