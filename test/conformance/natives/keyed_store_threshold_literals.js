// The keyed-store dictionary threshold depends on the in-object slots: for literals of n
// properties (n in-object fields), how many keyed adds stay fast.
function literal(n) {
  return new Function('return {' + Array.from({ length: n }, (_, i) => `q${i}: ${i}`).join(', ') + '}')();
}
function keyedAddsUntilDictionary(o) {
  for (let i = 0; i < 500; i++) {
    o['k' + i] = i;
    if (!%HasFastProperties(o)) return i + 1;
  }
  return -1;
}
const rows = [];
for (const n of [0, 1, 2, 4, 8, 12, 13, 14, 15, 16, 20, 24, 30, 40, 60]) {
  const o = literal(n);
  const fast = %HasFastProperties(o);
  rows.push(`{${n} props} fast=${fast} dictionary at keyed add ${keyedAddsUntilDictionary(o)}`);
}
console.log(rows.join('\n'));
