// An optimized loop over an array: sum of a PACKED_SMI array, then a HOLEY_SMI one (hole check),
// then an array with a double; and an optimized store loop filling an array.
// record: opt
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) s += arr[i];
  return s;
}
function fill(arr, n) {
  for (let i = 0; i < n; i++) arr[i] = i;
  return arr;
}
%PrepareFunctionForOptimization(sum);
sum([1, 2, 3]);
sum([4, 5]);
%OptimizeFunctionOnNextCall(sum);
console.log(sum([1, 2]));
console.log(sum([1, , 3]));
%PrepareFunctionForOptimization(fill);
fill([0, 0, 0], 3);
fill([0, 0, 0], 3);
%OptimizeFunctionOnNextCall(fill);
console.log(fill([0, 0, 0], 3).length);
console.log(fill([0, 0, 0], 5).length);
