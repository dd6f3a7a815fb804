// len(v) = v.length optimized for strings, then given an array and an object.
// record: opt
function len(v) {
  return v.length;
}
%PrepareFunctionForOptimization(len);
len('abc');
len('hello');
%OptimizeFunctionOnNextCall(len);
console.log(len('xy'));
console.log(len([1, 2, 3]));
console.log(len({ length: 9 }));
console.log('status:', %GetOptimizationStatus(len));
