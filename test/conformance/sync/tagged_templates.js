// Tagged templates receive the cooked strings, the raw strings and the values.
function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], raw: strings.raw, values });
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${'only'}`);
console.log(tag`line\nbreak \u0041`);

console.log(String.raw`C:\new\table ${1 + 1}`);
console.log(String.raw`\u0041`.length, `\u0041`.length);

function html(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]).toUpperCase() : ''), '');
}
const who = 'world';
console.log(html`<p>hello ${who}, ${42}</p>`);

function identity(strings) {
  return strings;
}
const first = identity`same`;
const again = () => identity`same`;
console.log(Object.isFrozen(first), again() === again(), first === again());

function invalidEscape(strings) {
  return [strings[0], strings.raw[0]];
}
console.log(invalidEscape`\unicode`);
