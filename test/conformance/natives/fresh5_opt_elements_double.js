// sum over a PACKED_SMI array optimized by TurboFan, then called with a double array and a holey one.
// record: opt
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) s += arr[i];
  return s;
}
const smi = [1, 2, 3];
%PrepareFunctionForOptimization(sum);
sum(smi);
sum(smi);
%OptimizeFunctionOnNextCall(sum);
console.log('smi:', sum(smi));
console.log('double:', sum([1.5, 2.5]));
%PrepareFunctionForOptimization(sum);
sum([1.5, 2.5]);
%OptimizeFunctionOnNextCall(sum);
console.log('double opt:', sum([0.5, 0.5]));
console.log('holey:', sum([1, , 3].fill(1, 1, 2)), sum([1.5, , 2]));
