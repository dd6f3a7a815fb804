// sum(arr) optimized on PACKED_SMI arrays; a PACKED_DOUBLE array then a holey one reach the code:
// deopts, then re-optimization with both kinds in the feedback.
// record: opt
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) {
    s += arr[i];
  }
  return s;
}
%PrepareFunctionForOptimization(sum);
sum([1, 2, 3]);
sum([4, 5, 6]);
%OptimizeFunctionOnNextCall(sum);
console.log('smi', sum([1, 2, 3]));
console.log('double', sum([1.5, 2.5]));
%PrepareFunctionForOptimization(sum);
sum([1.5, 2.5]);
%OptimizeFunctionOnNextCall(sum);
console.log('again', sum([1, 2]), sum([0.5]));
