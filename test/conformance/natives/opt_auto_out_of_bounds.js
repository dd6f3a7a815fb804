// record: opt
// at(a, i) is optimized for in-bounds reads of a PACKED_SMI array; reading past the end makes
// the optimized code deopt.
function at(a, i) {
  return a[i];
}
function drive(a, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += at(a, i & 3);
  return s;
}
%NeverOptimizeFunction(drive);
const arr = [1, 2, 3, 4];
console.log('in bounds:', drive(arr, 500000));
console.log('out of bounds:', at(arr, 10));
