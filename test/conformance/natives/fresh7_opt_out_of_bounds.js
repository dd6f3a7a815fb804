// get(arr, i) optimized with in-bounds indices, then read past the end: deopt "out of bounds";
// and a keyed store past the end in optimized code.
// record: opt
function get(arr, i) {
  return arr[i];
}
function put(arr, i) {
  arr[i] = i;
}
let arr = [10, 20, 30];
%PrepareFunctionForOptimization(get);
get(arr, 0);
get(arr, 1);
%OptimizeFunctionOnNextCall(get);
console.log(get(arr, 2));
console.log(get(arr, 5));
%PrepareFunctionForOptimization(put);
put(arr, 0);
put(arr, 1);
%OptimizeFunctionOnNextCall(put);
put(arr, 2);
put(arr, 3);
console.log(arr.length);
