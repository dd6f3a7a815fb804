// record: opt
// sum(arr) optimized by TurboFan for PACKED_SMI arrays, then called with a PACKED_DOUBLE array.
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) s += arr[i];
  return s;
}
%PrepareFunctionForOptimization(sum);
sum([1, 2, 3]);
sum([4, 5, 6]);
%OptimizeFunctionOnNextCall(sum);
console.log('smi array:', sum([7, 8, 9]));
console.log('double array:', sum([0.5, 1.5]));
