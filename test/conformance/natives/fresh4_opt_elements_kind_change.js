// fresh4: sum over a PACKED_SMI array, optimized; the same array after push(1.5) changes
// elements kind and deopts the optimized loop.
// record: opt
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) {
    s += arr[i];
  }
  return s;
}
let a = [1, 2, 3, 4];
%PrepareFunctionForOptimization(sum);
sum(a);
sum(a);
%OptimizeFunctionOnNextCall(sum);
console.log(sum(a));
a.push(1.5);
console.log(sum(a));
console.log(sum([1, 2]));
