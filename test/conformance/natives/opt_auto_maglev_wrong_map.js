// record: opt
// 3,000 calls put getX in Maglev but not yet in TurboFan; a new shape deopts the Maglev code
// ("wrong map", <Code MAGLEV>).
function getX(o) {
  return o.x;
}
function drive(n) {
  const o = { x: 1 };
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(o);
  return s;
}
%NeverOptimizeFunction(drive);
console.log('warm:', drive(3000));
console.log('new shape:', getX({ y: 0, x: 2 }));
