// fresh4: the notes' feedback-vector example (3.7): o.y = 4, a global call foo(), return
// o.x, run with { x: 1, y: 4 } many times and then with a new shape.
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
loadX({ y: 1, x: 2 });
console.log(loadX({ x: 9, y: 4 }));
