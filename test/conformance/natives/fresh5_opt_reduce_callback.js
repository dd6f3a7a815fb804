// A hot function that sums with reduce and a callback, optimized by Maglev, then fed doubles.
// record: opt
function total(arr) {
  return arr.reduce((s, v) => s + v, 0);
}
const ints = [1, 2, 3, 4];
%PrepareFunctionForOptimization(total);
total(ints);
total(ints);
%OptimizeMaglevOnNextCall(total);
console.log('maglev:', total(ints));
console.log('status:', %GetOptimizationStatus(total));
console.log('doubles:', total([1.5, 2.5]));
console.log('strings:', total(['a', 'b']));
console.log('status after:', %GetOptimizationStatus(total));
