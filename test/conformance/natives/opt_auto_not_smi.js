// record: opt
// add() gets hot on small integers and is optimized for Smis on its own; a double argument is
// an eager deopt "not a Smi".
function add(a, b) {
  return a + b;
}
function drive(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = add(s, i & 7) & 0xffff;
  return s;
}
%NeverOptimizeFunction(drive);
console.log('hot on Smis:', drive(200000));
console.log('a double:', add(1.5, 2));
