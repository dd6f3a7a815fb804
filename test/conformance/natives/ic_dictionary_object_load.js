// record: ic
// Loads from an object in dictionary mode (after a delete) and from a fast object of the same
// shape before the delete.
function getA(o) {
  return o.a;
}
const fast = { a: 1, b: 2 };
const slow = { a: 3, b: 4 };
delete slow.b;
let r = 0;
for (let i = 0; i < 50; i++) r += getA(fast);
for (let i = 0; i < 50; i++) r += getA(slow);
console.log(r);
