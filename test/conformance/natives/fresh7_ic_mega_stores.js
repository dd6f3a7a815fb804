// A store site fed more than four maps goes megamorphic; a keyed store site over arrays of every
// fast kind (Smi, double, object, holey).
// record: ic
function setX(o, v) {
  o.x = v;
}
function setAt(a, v) {
  a[0] = v;
}
let shapes = [{ x: 0 }, { x: 0, a: 1 }, { x: 0, b: 1 }, { x: 0, c: 1 }, { x: 0, d: 1 }, { x: 0, e: 1 }];
for (let i = 0; i < 12; i++) {
  setX(shapes[0], i);
}
for (let i = 1; i < shapes.length; i++) {
  setX(shapes[i], i);
}
let arrs = [[1, 2], [1.5, 2.5], ['a', 'b'], [1, , 3]];
for (let i = 0; i < 12; i++) {
  setAt(arrs[0], i);
}
for (let i = 1; i < arrs.length; i++) {
  setAt(arrs[i], i);
}
console.log(shapes[5].x, arrs[3][0]);
