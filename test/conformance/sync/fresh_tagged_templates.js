function tag(strings, ...vals) {
  console.log(strings, vals, strings.raw);
  return strings.reduce((acc, s, i) => acc + s + (i < vals.length ? `[${vals[i]}]` : ''), '');
}
const who = 'world', n = 3;
console.log(tag`hello ${who}, you have ${n + 1} messages`);
console.log(tag`${1}${2}`);
console.log(tag`line1\nline2 \u0041`);
console.log(String.raw`C:\new\table ${who}`);
function same(s) { return s; }
const first = [];
for (let i = 0; i < 2; i++) first.push(same`x`);
console.log(first[0] === first[1], Object.isFrozen(first[0]), Array.isArray(first[0].raw));
const html = (s, ...v) => s.map((str, i) => str + (v[i] !== undefined ? String(v[i]).toUpperCase() : '')).join('');
console.log(html`<b>${'bold'}</b> and ${'more'}`);
console.log(`nested ${`inner ${n * 2}`} done`, `${{}}`, `${[1, [2, 3]]}`, `${null} ${undefined}`);
function bad(s) { return s[0] === undefined; }
console.log(bad`\unicode`);
