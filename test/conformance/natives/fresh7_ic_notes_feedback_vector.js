// The notes' feedback-vector example (3.7): loadX with `o.y = 4`, a call to foo() and `return
// o.x`, called many times with the same shape and then with objects of other shapes.
// record: ic
function foo() {}
function loadX(o) {
  o.y = 4;
  foo();
  return o.x;
}
for (let i = 0; i < 12; i++) {
  loadX({ x: 1, y: 4 });
}
loadX({ x: 1 });
loadX({ y: 2, x: 3 });
console.log(loadX({ x: 9, y: 4 }));
