// Automatic tier-up of loadX fed points built in a loop (opt_auto recipe), then a new shape.
// Seed: 002_c52e49598bf4ced6.txt, 3.7
// record: opt
function loadX(o) {
  return o.x;
}
function drive(list, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += loadX(list[i & 3]);
  return s;
}
%NeverOptimizeFunction(drive);
const list = [];
for (let i = 0; i < 4; i++) list.push({ x: i, y: 1 });
console.log(drive(list, 300000));
console.log(loadX({ y: 1, x: 2 }));
