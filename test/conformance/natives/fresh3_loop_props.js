// Properties added in a loop with computed names (keyed stores), to {} and to a 3-property literal:
// print each count at which %HasFastProperties changes.
function fill(o, n, prefix) {
  let last = %HasFastProperties(o);
  for (let i = 0; i < n; i++) {
    o[prefix + i] = i;
    let now = %HasFastProperties(o);
    if (now !== last) {
      console.log(prefix, 'after', i + 1, 'added: fast =', now);
      last = now;
    }
  }
  return o;
}
let a = fill({}, 30, 'p');
let b = fill({ x: 1, y: 2, z: 3 }, 30, 'q');
let c = fill(new Object(), 10, 'r');
let d = fill({}, 10, 'r');
console.log('10 keyed adds twice share a map:', %HaveSameMap(c, d));
console.log('final:', %HasFastProperties(a), %HasFastProperties(b), Object.keys(a).length, Object.keys(b).length);
