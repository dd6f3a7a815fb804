// fresh4: the notes' add(x, y) (3.5) optimized for small integers, then called with a
// double and with a string.
// record: opt
function add(x, y) {
  var z = x + y;
  return z;
}
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log(add(1.5, 2));
%PrepareFunctionForOptimization(add);
%OptimizeFunctionOnNextCall(add);
console.log(add(2.5, 1));
console.log(add('a', 1));
