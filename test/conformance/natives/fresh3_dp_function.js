// record: debugprint
// %DebugPrint of a function with a property added (functions are objects, 2.1.2) and of a closure.
function foo(a, b) {
  return a + b;
}
foo.myProp = 1;
%DebugPrint(foo);
function outer() {
  let count = 0;
  return function inner() {
    return ++count;
  };
}
let counter = outer();
counter();
%DebugPrint(counter);
