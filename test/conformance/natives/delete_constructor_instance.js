// delete on constructor instances: the instance becomes a dictionary, its siblings keep their
// shared map.
function P(x, y) { this.x = x; this.y = y; }
const a = new P(1, 2);
const b = new P(3, 4);
delete a.y;
console.log('a fast:', %HasFastProperties(a), 'b fast:', %HasFastProperties(b));
console.log('a vs b:', %HaveSameMap(a, b));
const c = new P(5, 6);
console.log('b vs new P:', %HaveSameMap(b, c));
a.y = 2;
console.log('a after re-adding y: fast', %HasFastProperties(a), 'vs b', %HaveSameMap(a, b));
const d = new P(7, 8);
d.y = undefined;
console.log('assigning undefined instead: fast', %HasFastProperties(d), 'vs b', %HaveSameMap(d, b));
