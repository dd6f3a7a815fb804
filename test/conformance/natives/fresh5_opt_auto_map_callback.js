// A hot function calling Array.prototype.map with a callback tiers up on its own;
// then it meets a double array.
// record: opt
function doubled(arr) {
  return arr.map((v) => v * 2);
}
function drive(n) {
  const a = [1, 2, 3];
  let s = 0;
  for (let i = 0; i < n; i++) s += doubled(a)[2];
  return s;
}
%NeverOptimizeFunction(drive);
console.log(drive(40000));
console.log(doubled([1.5])[0]);
