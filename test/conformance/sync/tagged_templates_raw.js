// Tag functions receive the cooked strings, the raw strings and the substitutions.
function tag(strings, ...values) {
  console.log(strings, strings.raw, values);
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
const who = 'world';
console.log(tag`Hello ${who}! 1+1=${1 + 1}`);
console.log(tag`line\nbreak ${'x'}\t`);
console.log(String.raw`C:\new\table`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2));
function same(s) {
  return s;
}
const f = () => same`x`;
console.log(f() === f(), Object.isFrozen(same`y`), Array.isArray(same`z`.raw));
const html = (s, ...v) => s.map((str, i) => str + (v[i] !== undefined ? String(v[i]).toUpperCase() : '')).join('');
console.log(html`<p>${'text'}</p>`, `${[1, 2]}${{}}${null}`);
console.log(`multi
line`, `nested ${`inner ${1 + 1}`}`);
