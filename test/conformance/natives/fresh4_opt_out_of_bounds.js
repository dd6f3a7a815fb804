// fresh4: a keyed load a[i] optimized for in-bounds indices, then called past the end.
// record: opt
function at(a, i) {
  return a[i];
}
let arr = [10, 20, 30];
%PrepareFunctionForOptimization(at);
at(arr, 0);
at(arr, 2);
%OptimizeFunctionOnNextCall(at);
console.log(at(arr, 1));
console.log(at(arr, 3));
console.log(at(arr, 1));
