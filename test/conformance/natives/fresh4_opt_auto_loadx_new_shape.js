// fresh4: the notes' loadX (3.7) with o and o1 in a long loop tiers up on its own (driver
// under %NeverOptimizeFunction); afterwards an object with x in another position deopts it.
// record: opt
function loadX(o) {
  return o.x;
}
function drive(n) {
  let o = { x: 1, y: 3 };
  let o1 = { x: 3, y: 6 };
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += loadX(o);
    s += loadX(o1);
  }
  return s;
}
%NeverOptimizeFunction(drive);
console.log(drive(150000));
console.log(loadX({ y: 1, x: 2 }));
