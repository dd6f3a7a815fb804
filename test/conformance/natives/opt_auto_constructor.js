// record: opt
// A constructor called from a loop gets hot like any function: its stores this.x, this.y are
// property ICs, its returns charge its budget.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function drive(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += new Point(i, 1).y;
  return s;
}
%NeverOptimizeFunction(drive);
console.log('points:', drive(300000));
