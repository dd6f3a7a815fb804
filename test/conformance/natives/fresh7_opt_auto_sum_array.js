// A hot array sum tiered up by V8 itself on Smi arrays, then given a double array (elements kind
// deopt), and driven again.
// record: opt
function sumArr(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) {
    s += arr[i];
  }
  return s;
}
function drive(arr, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += sumArr(arr);
  }
  return t;
}
%NeverOptimizeFunction(drive);
console.log(drive([1, 2, 3], 200000));
console.log(drive([1.5, 2.5], 1));
