// Adding the same properties in different orders leads to different maps; adding them in the
// same order follows the same transitions and ends on the same map.
function build(keys) {
  const o = {};
  for (const k of keys) o[k] = 0;
  return o;
}
const ab = build(['a', 'b']);
const ba = build(['b', 'a']);
const ab2 = build(['a', 'b']);
console.log('a,b vs b,a:', %HaveSameMap(ab, ba));
console.log('a,b vs a,b:', %HaveSameMap(ab, ab2));
const abc = build(['a', 'b', 'c']);
const acb = build(['a', 'c', 'b']);
console.log('a,b,c vs a,c,b:', %HaveSameMap(abc, acb));
const p = {}; p.a = 1; p.b = 2;
console.log('named stores a,b vs keyed stores a,b:', %HaveSameMap(p, ab));
