// record: ic
// A load IC whose receiver is a dictionary-mode object (after delete), compared with a fast one.
function getA(o) {
  return o.a;
}
const fast = { a: 1, b: 2 };
const slow = { a: 1, b: 2, c: 3 };
delete slow.c;
let r = 0;
for (let i = 0; i < 200; i++) r += getA(fast);
for (let i = 0; i < 200; i++) r += getA(slow);
console.log(r, %HasFastProperties(slow));
