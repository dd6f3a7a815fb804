// Conditional properties: the same factory makes different maps depending on a flag,
// and setting the property to undefined instead keeps one shape.
function make(flag) {
  const o = {};
  o.a = 1;
  if (flag) o.b = 2;
  o.c = 3;
  return o;
}
function makeAlways(flag) {
  const o = {};
  o.a = 1;
  o.b = flag ? 2 : undefined;
  o.c = 3;
  return o;
}
const t1 = make(true), t2 = make(true), f1 = make(false), f2 = make(false);
console.log('true/true:', %HaveSameMap(t1, t2));
console.log('false/false:', %HaveSameMap(f1, f2));
console.log('true/false:', %HaveSameMap(t1, f1));
const u1 = makeAlways(true), u2 = makeAlways(false);
console.log('undefined instead:', %HaveSameMap(u1, u2));
console.log('undefined vs with b:', %HaveSameMap(u1, t1));
console.log('keys:', Object.keys(f1).join(','), Object.keys(u2).join(','));
const late = make(false);
late.b = 2;
console.log('b added last vs b in the middle:', %HaveSameMap(late, t1));
console.log('b in', JSON.stringify(late), JSON.stringify(t1));
