function deepClone(v, seen = new Map()) {
  if (typeof v !== 'object' || v === null) return v;
  if (seen.has(v)) return seen.get(v);
  const out = Array.isArray(v) ? [] : {};
  seen.set(v, out);
  for (const k of Object.keys(v)) out[k] = deepClone(v[k], seen);
  return out;
}
const src = { a: [1, { b: 2 }], c: { d: { e: 'f' } } };
src.self = src;
const copy = deepClone(src);
console.log(copy, copy.self === copy, copy.a !== src.a);
function flatten(arr) { return arr.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []); }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
const tree = { v: 1, children: [{ v: 2, children: [{ v: 4, children: [] }] }, { v: 3, children: [] }] };
const sum = t => t.v + t.children.reduce((s, c) => s + sum(c), 0);
const depth = t => 1 + Math.max(0, ...t.children.map(depth));
console.log(sum(tree), depth(tree));
function perms(xs) { return xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map(p => [x, ...p])); }
console.log(perms([1, 2, 3]).map(p => p.join('')).join(' '));
const hanoi = (n, a = 'A', b = 'B', c = 'C') => n === 0 ? [] : [...hanoi(n - 1, a, c, b), `${a}->${c}`, ...hanoi(n - 1, b, a, c)];
console.log(hanoi(3).join(' '), hanoi(10).length);
