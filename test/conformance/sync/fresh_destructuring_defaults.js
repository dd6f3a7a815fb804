const { a = 1, b = a * 2, c: { d = 'dd', e } = {}, ...rest } = { a: undefined, c: { e: null }, x: 1, y: 2 };
console.log(a, b, d, e, rest);
const [p = 'p', , q = p + 'q', ...others] = ['P', 'skip'];
console.log(p, q, others);
const [x1 = 'def'] = [null];
console.log(x1);
function f({ name = 'anon', tags: [first = 'none', ...more] = [] } = {}) { return `${name}:${first}:${more.length}`; }
console.log(f(), f({}), f({ name: 'n', tags: ['t1', 't2', 't3'] }), f({ tags: [] }));
let calls = 0;
const def = () => ++calls;
const { m = def(), n = def() } = { m: 0 };
console.log(m, n, calls);
const [[deep = 'D'] = []] = [];
console.log(deep);
const { length } = 'hello';
const { 0: firstChar, [length - 1]: lastChar } = 'hello';
console.log(length, firstChar, lastChar);
let s1 = 1, s2 = 2;
[s1, s2] = [s2, s1];
console.log(s1, s2);
const map = new Map([['k1', 1], ['k2', 2]]);
for (const [key, value = 0] of map) console.log(key, value);
try { const { z } = null; } catch (err) { console.log(err.message); }
try { const [w] = {}; } catch (err) { console.log(err.message); }
