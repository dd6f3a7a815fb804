// Array destructuring: holes, defaults, rest, swapping, nested.
const [a, b] = [1, 2];
const [, second, , fourth] = [10, 20, 30, 40];
const [x = 'default', y = x + '!'] = [];
const [first, ...rest] = 'hello';
console.log(a, b, second, fourth, x, y, first, rest);

let m = 1,
  n = 2;
[m, n] = [n, m];
console.log(m, n);

const [[p, q], [r = 'r-default']] = [[1, 2], []];
console.log(p, q, r);

const [u = 'u-default', v = 'v-default'] = [undefined, null];
console.log(u, v);

function pair() {
  return ['left', 'right'];
}
const [left, right] = pair();
console.log(left, right);

const [...copy] = [1, 2, 3];
console.log(copy);

const it = new Set(['s1', 's2', 's3']);
const [s1, s2] = it;
console.log(s1, s2);

try {
  const [bad] = null;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  const [bad2] = {};
} catch (e) {
  console.log(e.constructor.name, e.message);
}
